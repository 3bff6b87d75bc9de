using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>A worker that never finishes a job: it waits until its host is stopped, as a host that hangs or dies mid-job leaves it.</summary>
public sealed class HangingJobHandler : IJobKindHandler
{
    public JobKind Kind => JobKind.Timer;

    public async ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken) =>
        await Task.Delay(Timeout.Infinite, cancellationToken);
}
