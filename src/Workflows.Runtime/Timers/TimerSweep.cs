using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// The recurring safety net: hands every pending, unlocked job that is past due (by more than the grace
/// period) to the workers. Covers a crash between commit and scheduling, a lost Hangfire job and a host
/// that was down when timers fell due; the claim keeps a job that is triggered twice from firing twice.
/// </summary>
public sealed class TimerSweep(WorkflowsDbContext db, TimeProvider time, IOptions<TimerOptions> options, ITimerTrigger trigger)
{
    public const string RecurringJobId = "workflows-timer-sweep";

    /// <summary>The number of jobs handed to the workers.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.SweepGrace;
        var due = await db.Set<JobRecord>()
            .Where(job => job.Status == JobStatus.Pending
                && job.DueAt <= cutoff
                && (job.LockExpiresAt == null || job.LockExpiresAt < now))
            .OrderBy(job => job.DueAt)
            .Select(job => new { job.Id, job.DueAt })
            .Take(options.Value.SweepBatchSize)
            .ToListAsync(cancellationToken);
        foreach (var job in due)
        {
            trigger.Schedule(job.Id, job.DueAt);
        }
        return due.Count;
    }
}
