using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Takes a job with one conditional UPDATE: of several hosts (or a scheduled trigger and a sweep) racing
/// for the same row, exactly one sees one affected row, so a timer fires once.
/// A job that still has a lock owner was claimed by a worker that never finished it (its host died, perhaps
/// killed by the job itself): taking it again counts that run as a failed attempt, and a job whose last retry
/// died that way is not taken at all but failed with an incident (<see cref="JobFailureRecorder.RecordAbandonedAsync"/>),
/// so a job that kills its host cannot crash every node in turn forever.
/// </summary>
internal static class JobClaim
{
    public const string AbandonedError = "the worker running the job stopped before finishing it (its lock expired)";

    public static async Task<bool> TryClaimAsync(WorkflowsDbContext db, Guid jobId, string owner, DateTimeOffset now, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var lockExpiresAt = now + lockDuration;
        var claimed = await db.Set<JobRecord>()
            .Where(job => job.Id == jobId
                && job.Status == JobStatus.Pending
                && job.DueAt <= now
                && (job.LockExpiresAt == null || job.LockExpiresAt < now)
                && (job.LockOwner == null || job.RetriesLeft > 1))
            .ExecuteUpdateAsync(setters => Claim(setters, owner, lockExpiresAt), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Takes the lock; counts the attempt of a previous owner that never released it.</summary>
    private static void Claim(UpdateSettersBuilder<JobRecord> setters, string owner, DateTimeOffset lockExpiresAt) => setters
        .SetProperty(job => job.Attempts, job => job.LockOwner == null ? job.Attempts : job.Attempts + 1)
        .SetProperty(job => job.RetriesLeft, job => job.LockOwner == null ? job.RetriesLeft : job.RetriesLeft - 1)
        .SetProperty(job => job.LastError, job => job.LockOwner == null ? job.LastError : AbandonedError)
        .SetProperty(job => job.LockOwner, owner)
        .SetProperty(job => job.LockExpiresAt, lockExpiresAt);

    /// <summary>The due instant of a job still waiting to fire; null once it is done, failed or gone.</summary>
    public static async Task<DateTimeOffset?> PendingDueAtAsync(WorkflowsDbContext db, Guid jobId, CancellationToken cancellationToken) =>
        await db.Set<JobRecord>().AsNoTracking()
            .Where(job => job.Id == jobId && job.Status == JobStatus.Pending)
            .Select(job => (DateTimeOffset?)job.DueAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Claims up to <paramref name="batchSize"/> due, unlocked jobs for <paramref name="owner"/> in one UPDATE;
    /// the lock condition is checked again on each row, so two workers never claim the same job.</summary>
    public static async Task<List<Guid>> ClaimDueBatchAsync(WorkflowsDbContext db, string owner, DateTimeOffset now, TimeSpan lockDuration, int batchSize, CancellationToken cancellationToken)
    {
        var lockExpiresAt = now + lockDuration;
        var due = db.Set<JobRecord>()
            .Where(job => job.Status == JobStatus.Pending && job.DueAt <= now && (job.LockExpiresAt == null || job.LockExpiresAt < now)
                && (job.LockOwner == null || job.RetriesLeft > 1))
            .OrderBy(job => job.DueAt)
            .Take(batchSize)
            .Select(job => job.Id);
        await db.Set<JobRecord>()
            .Where(job => due.Contains(job.Id) && job.Status == JobStatus.Pending && (job.LockExpiresAt == null || job.LockExpiresAt < now)
                && (job.LockOwner == null || job.RetriesLeft > 1))
            .ExecuteUpdateAsync(setters => Claim(setters, owner, lockExpiresAt), cancellationToken);
        return await db.Set<JobRecord>().Where(job => job.LockOwner == owner && job.Status == JobStatus.Pending).Select(job => job.Id).ToListAsync(cancellationToken);
    }
}
