using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Schedules the Hangfire trigger of every job row a command adds, once that row is committed.
/// A rollback drops them. If the process dies in between, the sweep finds the rows.
/// </summary>
public sealed class TimerTriggerInterceptor(ITimerTrigger trigger) : AfterCommitInterceptor<(Guid JobId, DateTimeOffset DueAt)>
{
    protected override IEnumerable<(Guid JobId, DateTimeOffset DueAt)> Collect(DbContext context) =>
        context.ChangeTracker.EntriesWithoutDetecting<JobRecord>()
            .Where(entry => entry.State == EntityState.Added && entry.Entity.Status == JobStatus.Pending)
            .Select(entry => (entry.Entity.Id, entry.Entity.DueAt));

    protected override void OnCommitted(IReadOnlyList<(Guid JobId, DateTimeOffset DueAt)> committed)
    {
        foreach (var (jobId, dueAt) in committed)
            trigger.Schedule(jobId, dueAt);
    }
}
