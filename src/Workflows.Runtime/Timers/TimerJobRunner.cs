using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Timers;

/// <summary>
/// The Hangfire entry point of a job: claim the row, run its kind's handler and mark it done in one
/// transaction, or count a failed attempt. Each step has its own scope so a failed firing's rollback
/// cannot take the claim or the failure record with it.
/// </summary>
public sealed class TimerJobRunner(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<TimerOptions> options,
    JobFailureRecorder failures,
    ITimerTrigger trigger,
    ILogger<TimerJobRunner> logger,
    WriteGate? gate = null)
{
    /// <summary>True when this call fired the job; false when it was not due, done, or claimed elsewhere.
    /// Having fired it, the worker also fires the other jobs that are due (see <see cref="TimerOptions.DrainBatchSize"/>).</summary>
    [AutomaticRetry(Attempts = 0)] // Retries are counted on the job row, which outlives Hangfire's storage.
    public async Task<bool> RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var fired = await RunOneAsync(jobId, cancellationToken);
        if (fired)
            await DrainDueJobsAsync(cancellationToken);
        return fired;
    }

    private async Task<bool> RunOneAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var owner = NewOwner();
        await using (var claimScope = scopes.CreateAsyncScope())
        {
            var db = claimScope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            using var claimTurn = await EnterGateAsync(cancellationToken);
            var now = time.GetUtcNow();
            if (!await JobClaim.TryClaimAsync(db, jobId, owner, now, options.Value.LockDuration, cancellationToken))
            {
                if (await failures.RecordAbandonedAsync(db, jobId, now, cancellationToken))
                    return false;
                // Delivered before its time (Hangfire keeps a delayed job's time to the second, and hosts' clocks
                // differ): trigger it again at its due instant rather than leave it to the next sweep.
                if (await JobClaim.PendingDueAtAsync(db, jobId, cancellationToken) is { } dueAt && dueAt > now)
                    trigger.Schedule(jobId, dueAt);
                return false;
            }
        }
        return await FireOrRecordFailureAsync(jobId, owner, cancellationToken);
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

    /// <summary>Claims due jobs a batch at a time with one UPDATE and fires them, until none is left or the time
    /// budget is spent; every claimed job is fired, so none stays locked until its lock expires.</summary>
    private async Task DrainDueJobsAsync(CancellationToken cancellationToken)
    {
        var budgetEnds = time.GetUtcNow() + options.Value.DrainTimeBudget;
        while (time.GetUtcNow() < budgetEnds)
        {
            var owner = NewOwner();
            List<Guid> claimed;
            await using (var claimScope = scopes.CreateAsyncScope())
            {
                var db = claimScope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
                using var claimTurn = await EnterGateAsync(cancellationToken);
                claimed = await JobClaim.ClaimDueBatchAsync(db, owner, time.GetUtcNow(), options.Value.LockDuration, options.Value.DrainBatchSize, cancellationToken);
            }
            if (claimed.Count == 0)
                return;
            foreach (var jobId in claimed)
                await FireOrRecordFailureAsync(jobId, owner, cancellationToken);
        }
    }

    private static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private async Task FireClaimedAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        // Commands the handler sends join this transaction (TransactionBehavior reuses the current one) and do not take the gate again.
        using var turn = await EnterGateAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.Set<JobRecord>().AsNoTracking().SingleAsync(candidate => candidate.Id == jobId, cancellationToken);
        var handler = scope.ServiceProvider.GetServices<IJobKindHandler>().SingleOrDefault(candidate => candidate.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No handler is registered for jobs of kind {job.Kind}.");
        await handler.ExecuteAsync(job, cancellationToken);
        await MarkDoneAsync(db, jobId, owner, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>On SQLite the workers of this process take turns at writing, instead of sleeping in SQLite's busy handler.</summary>
    private async ValueTask<IDisposable?> EnterGateAsync(CancellationToken cancellationToken) =>
        gate is null ? null : await gate.EnterAsync(cancellationToken);

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
