using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Deadlines;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Once a year's schedule or a local day off is added, the open deadlines that depend on the calendar are
/// computed again with it, in the same transaction: the reminders of open tasks move to the new working
/// days, and the provisional flags of tasks and jobs are cleared where the due date is now scheduled.
/// </summary>
public sealed class ProvisionalDeadlines(WorkflowsDbContext db, ReminderSchedule reminders, CalendarClock clock, TimeProvider time)
{
    /// <summary>Recomputes the open tasks due in <paramref name="affected"/> (or flagged provisional); returns how many tasks changed.</summary>
    public async Task<int> RecomputeAsync(IBusinessCalendar calendar, Func<DateOnly, bool> affected, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = await db.Set<UserTaskRecord>()
            .Where(task => task.Status == UserTaskStatus.Open && task.DueAt != null)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var task in open.Where(task => task.DueProvisional || affected(clock.LocalDate(task.DueAt!.Value))))
        {
            var dueAt = task.DueAt!.Value;
            task.DueProvisional = calendar.IsProvisional(clock.LocalDate(dueAt));
            await RescheduleRemindersAsync(task, dueAt, calendar, now, cancellationToken);
            changed++;
        }
        return changed;
    }

    private async Task RescheduleRemindersAsync(UserTaskRecord task, DateTimeOffset dueAt, IBusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var jobs = await db.Set<JobRecord>()
            .Where(job => job.TaskId == task.Id && job.Status == JobStatus.Pending && job.LockOwner == null)
            .ToListAsync(cancellationToken);
        foreach (var escalation in jobs.Where(job => job.Kind == JobKind.TaskEscalation))
            escalation.DueProvisional = task.DueProvisional;
        var stale = jobs.Where(job => job.Kind == JobKind.TaskReminder).ToList();
        db.RemoveRange(stale);
        foreach (var (workingDaysBefore, at) in reminders.For(calendar, dueAt, now))
        {
            db.Add(DeadlineJobRows.Reminder(task.InstanceId, task.ExecutionId, task.ActivityId, task.Id, workingDaysBefore, at, task.DueProvisional, now));
        }
    }
}
