using Mediator;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Jobs.FireJob;

/// <summary>Fires timer jobs through <see cref="FireJob"/>, inside the timer runner's transaction.</summary>
public sealed class TimerJobKindHandler(ISender sender) : IJobKindHandler
{
    public JobKind Kind => JobKind.Timer;

    public async ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken) =>
        await sender.Send(new FireJob(job.Id), cancellationToken);
}
