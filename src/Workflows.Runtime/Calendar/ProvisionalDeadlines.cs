using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Deadlines;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Once a year's schedule or a local day off is added, the open deadlines that depend on the calendar are
/// counted again with it, in the same transaction: deadline variables, the due dates of open tasks and the
/// timers counted in working days (or taken from a moved variable), then the reminders and escalations of
/// the tasks whose due moved, was provisional or lies near the changed dates. Every move is in the history.
/// </summary>
public sealed class ProvisionalDeadlines(
    WorkflowsDbContext db,
    ReminderSchedule reminders,
    CalendarClock clock,
    TimeProvider time,
    IEnumerable<IDeadlineVariableObserver> observers)
{
    /// <summary>Recomputes the open deadlines <paramref name="change"/> may move; returns how many tasks and timers changed.</summary>
    public async Task<int> RecomputeAsync(IBusinessCalendar calendar, CalendarChange change, string? actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = new EfInstanceSession(db);
        var movedVariables = await new DeadlineVariableRecounter(db, observers).RecountAsync(calendar, change, session, now, actor, cancellationToken);
        var changed = await RecountTasksAsync(calendar, change, movedVariables, now, actor, cancellationToken);
        changed += await new TimerDeadlineRecounter(db, clock).RecountAsync(calendar, change, movedVariables, session, now, actor, cancellationToken);
        // Every instance whose variables or waits moved is written back with a new revision: a command racing on it conflicts.
        session.WriteBack();
        return changed;
    }

    private async Task<int> RecountTasksAsync(
        IBusinessCalendar calendar, CalendarChange change, IReadOnlyList<MovedDeadline> movedVariables, DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        var open = await db.Set<UserTaskRecord>()
            .Where(task => task.Status == UserTaskStatus.Open && task.DueAt != null)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var task in open)
        {
            var dueAt = task.DueAt!.Value;
            var (movedTo, basis) = DueRecount.Of(task.InstanceId, dueAt, task.DueBasis(), calendar, change, movedVariables);
            if (movedTo != dueAt)
            {
                task.StoreDueBasis(basis);
                db.Add(DeadlineMovedHistory.For(task.InstanceId, task.DefinitionKey, task.DefinitionVersion, task.ActivityId, task.ExecutionId, task.Id,
                    dueAt, movedTo, now, actor));
                task.DueAt = movedTo.ToUniversalTime();
            }
            else if (!task.DueProvisional && !change.Touches(clock.LocalDate(dueAt)))
                continue;
            task.DueProvisional = calendar.IsProvisional(clock.LocalDate(task.DueAt.Value));
            await RescheduleRemindersAsync(task, calendar, now, cancellationToken);
            changed++;
        }
        return changed;
    }

    private async Task RescheduleRemindersAsync(UserTaskRecord task, IBusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dueAt = task.DueAt!.Value;
        var jobs = await db.Set<JobRecord>()
            .Where(job => job.TaskId == task.Id && job.Status == JobStatus.Pending && job.LockOwner == null)
            .ToListAsync(cancellationToken);
        foreach (var escalation in jobs.Where(job => job.Kind == JobKind.TaskEscalation))
        {
            escalation.DueAt = (dueAt + DeadlineJobRows.EscalationDelay).ToUniversalTime();
            escalation.DueProvisional = task.DueProvisional;
        }
        db.RemoveRange(jobs.Where(job => job.Kind == JobKind.TaskReminder));
        foreach (var (workingDaysBefore, at) in reminders.For(calendar, dueAt, now))
        {
            db.Add(DeadlineJobRows.Reminder(task.InstanceId, task.ExecutionId, task.ActivityId, task.Id, workingDaysBefore, at, task.DueProvisional, now));
        }
    }
}
