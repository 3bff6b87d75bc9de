using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Takes a job with one conditional UPDATE: of several hosts (or a scheduled trigger and a sweep) racing
/// for the same row, exactly one sees one affected row, so a timer fires once.
/// </summary>
internal static class JobClaim
{
    public static async Task<bool> TryClaimAsync(WorkflowsDbContext db, Guid jobId, string owner, DateTimeOffset now, TimeSpan lockDuration, CancellationToken cancellationToken)
    {
        var lockExpiresAt = now + lockDuration;
        var claimed = await db.Set<JobRecord>()
            .Where(job => job.Id == jobId
                && job.Status == JobStatus.Pending
                && job.DueAt <= now
                && (job.LockExpiresAt == null || job.LockExpiresAt < now))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(job => job.LockOwner, owner)
                .SetProperty(job => job.LockExpiresAt, lockExpiresAt), cancellationToken);
        return claimed == 1;
    }

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
            .Where(job => job.Status == JobStatus.Pending && job.DueAt <= now && (job.LockExpiresAt == null || job.LockExpiresAt < now))
            .OrderBy(job => job.DueAt)
            .Take(batchSize)
            .Select(job => job.Id);
        await db.Set<JobRecord>()
            .Where(job => due.Contains(job.Id) && job.Status == JobStatus.Pending && (job.LockExpiresAt == null || job.LockExpiresAt < now))
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(job => job.LockOwner, owner)
                .SetProperty(job => job.LockExpiresAt, lockExpiresAt), cancellationToken);
        return await db.Set<JobRecord>().Where(job => job.LockOwner == owner && job.Status == JobStatus.Pending).Select(job => job.Id).ToListAsync(cancellationToken);
    }
}
