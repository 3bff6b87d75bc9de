using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Jobs.RetryJob;

/// <summary>Runs a job whose retries are used up again, now, with fresh retries.</summary>
public sealed record RetryJob(Guid JobId, string? Actor = null) : ICommand;

public sealed class RetryJobHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RetryJob>
{
    public async ValueTask<Unit> Handle(RetryJob command, CancellationToken cancellationToken)
    {
        var job = await db.Set<JobRecord>().FindAsync([command.JobId], cancellationToken)
            ?? throw NotFoundException.For("Job", command.JobId);
        if (job.Status != JobStatus.Failed)
            throw new ConflictException(new Problem("status", "只有失败的作业可以重试 (only a failed job can be retried)"));
        var now = time.GetUtcNow();
        await FailedJobRetry.ResetAsync(db, job, now, command.Actor, cancellationToken);
        db.Add(new AuditEntry { At = now, Actor = command.Actor ?? "system", Action = AuditActions.JobRetried, Target = $"job {job.Id}", Detail = $"instance {job.InstanceId}, {job.ActivityId}" });
        return Unit.Value;
    }
}
