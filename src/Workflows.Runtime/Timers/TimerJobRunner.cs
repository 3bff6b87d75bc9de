using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Fires the jobs that are due: claims them a batch at a time (<see cref="JobClaim"/>), then runs each one's kind
/// handler and marks it done in one transaction of its own, or counts a failed attempt. Each step has its own
/// scope so a failed firing's rollback cannot take the claim or the failure record with it.
/// </summary>
public sealed class TimerJobRunner(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<TimerOptions> options,
    JobFailureRecorder failures,
    ILogger<TimerJobRunner> logger,
    WriteGate? gate = null)
{
    /// <summary>The earliest due instant of a job waiting for a worker (see <see cref="JobClaim.NextDueAtAsync"/>).</summary>
    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await JobClaim.NextDueAtAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>(), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Fires every job that is due and that no other worker holds, a batch at a time, until none is left;
    /// the number fired. Every claimed job is fired before the next claim, so none stays locked until its lock expires.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        await FailAbandonedAsync(cancellationToken);
        var fired = 0;
        while (true)
        {
            var owner = NewOwner();
            List<Guid> claimed;
            await using (var claimScope = scopes.CreateAsyncScope())
            {
                var db = claimScope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
                using var claimTurn = await gate.EnterIfAnyAsync(cancellationToken);
                claimed = await JobClaim.ClaimDueBatchAsync(db, owner, time.GetUtcNow(), options.Value.LockDuration, options.Value.DrainBatchSize, cancellationToken);
            }
            if (claimed.Count == 0)
                return fired;
            foreach (var jobId in claimed)
                fired += await FireOrRecordFailureAsync(jobId, owner, cancellationToken) ? 1 : 0;
        }
    }

    /// <summary>Fails, with an incident, each job whose last retry died with its worker; of several pollers finding one, one does.</summary>
    private async Task FailAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var now = time.GetUtcNow();
        foreach (var jobId in await JobClaim.AbandonedAsync(db, now, options.Value.DrainBatchSize, cancellationToken))
        {
            using var turn = await gate.EnterIfAnyAsync(cancellationToken);
            await failures.RecordAbandonedAsync(db, jobId, now, cancellationToken);
        }
    }

    private async Task<bool> FireOrRecordFailureAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        try
        {
            await FireClaimedAsync(jobId, owner, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Job {JobId} failed", jobId);
            await failures.RecordAsync(jobId, owner, exception, cancellationToken);
            return false;
        }
    }

    private static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private async Task FireClaimedAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        // Commands the handler sends join this transaction (TransactionBehavior reuses the current one) and do not take the gate again.
        using var turn = await gate.EnterIfAnyAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.Set<JobRecord>().AsNoTracking().SingleAsync(candidate => candidate.Id == jobId, cancellationToken);
        var handler = scope.ServiceProvider.GetServices<IJobKindHandler>().SingleOrDefault(candidate => candidate.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No handler is registered for jobs of kind {job.Kind}.");
        await handler.ExecuteAsync(job, cancellationToken);
        await MarkDoneAsync(db, jobId, owner, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task MarkDoneAsync(WorkflowsDbContext db, Guid jobId, string owner, CancellationToken cancellationToken)
    {
        var marked = await db.Set<JobRecord>()
            .Where(job => job.Id == jobId && job.LockOwner == owner)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(job => job.Status, JobStatus.Done)
                .SetProperty(job => job.Attempts, job => job.Attempts + 1)
                .SetProperty(job => job.LockOwner, (string?)null)
                .SetProperty(job => job.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
        // A handler may delete the row it consumed; a row claimed by someone else means our lock expired mid-run.
        if (marked == 0 && await db.Set<JobRecord>().AnyAsync(job => job.Id == jobId, cancellationToken))
        {
            throw new InvalidOperationException($"Job {jobId} was claimed by another worker after its lock expired.");
        }
    }
}
