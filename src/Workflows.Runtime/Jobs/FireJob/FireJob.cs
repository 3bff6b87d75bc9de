using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Jobs.FireJob;

/// <summary>
/// Fires a timer job's engine effects in the caller's transaction. The job row's own bookkeeping (claim,
/// done, retries) belongs to the timer runner; a job that is no longer pending is reported as not fired,
/// so a job taken again never fires a timer twice.
/// </summary>
public sealed record FireJob(Guid JobId) : ICommand<bool>;

public sealed class FireJobHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<FireJob, bool>
{
    public async ValueTask<bool> Handle(FireJob command, CancellationToken cancellationToken)
    {
        var job = await db.Set<JobRecord>().FindAsync([command.JobId], cancellationToken)
            ?? throw NotFoundException.For("Job", command.JobId);
        if (job.Status != JobStatus.Pending)
            return false;
        var session = runner.NewSession();
        var instance = await session.LoadAsync(job.InstanceId, cancellationToken);
        await runner.RunAsync(session, engine => engine.FireTimerAsync(session, instance, job.Id, cancellationToken), cancellationToken);
        db.Add(new HistoryEntry
        {
            InstanceId = instance.Id, At = time.GetUtcNow(), Kind = HistoryKind.TimerFired,
            DefinitionKey = instance.DefinitionKey, DefinitionVersion = instance.DefinitionVersion,
            ActivityId = job.ActivityId, ExecutionId = job.ExecutionId,
        });
        return true;
    }
}
