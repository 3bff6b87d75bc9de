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
}
