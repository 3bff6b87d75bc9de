using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Schedules the Hangfire trigger of every job row a command adds or moves to another due instant, once that
/// row is committed. A rollback drops them. If the process dies in between, the sweep finds the rows. A trigger
/// left at a moved job's old instant finds it not due yet and does nothing.
/// </summary>
public sealed class TimerTriggerInterceptor(ITimerTrigger trigger) : AfterCommitInterceptor<(Guid JobId, DateTimeOffset DueAt)>
{
    protected override IEnumerable<(Guid JobId, DateTimeOffset DueAt)> Collect(DbContext context) =>
        context.ChangeTracker.EntriesWithoutDetecting<JobRecord>()
            .Where(entry => entry.Entity.Status == JobStatus.Pending && (entry.State == EntityState.Added || IsMoved(entry)))
            .Select(entry => (entry.Entity.Id, entry.Entity.DueAt));

    private static bool IsMoved(EntityEntry<JobRecord> entry)
    {
        if (entry.State != EntityState.Unchanged && entry.State != EntityState.Modified)
            return false;
        entry.DetectChanges();
        return entry.Property(job => job.DueAt).IsModified;
    }

    protected override void OnCommitted(IReadOnlyList<(Guid JobId, DateTimeOffset DueAt)> committed)
    {
        foreach (var (jobId, dueAt) in committed)
            trigger.Schedule(jobId, dueAt);
    }
}
