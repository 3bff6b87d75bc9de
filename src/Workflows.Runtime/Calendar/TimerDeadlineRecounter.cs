using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Moves the pending timers whose due counts working days across the changed dates, or was taken from a deadline
/// variable that moved: the job row (the timer poll takes it at its new due instant) and the instance's wait.
/// A timer already claimed by a worker is firing and stays as it is.
/// </summary>
internal sealed class TimerDeadlineRecounter(WorkflowsDbContext db, CalendarClock clock)
{
    public async Task<int> RecountAsync(
        IBusinessCalendar calendar, CalendarChange change, IReadOnlyList<MovedDeadline> movedVariables, EfInstanceSession session,
        DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        var followingInstances = movedVariables.Select(moved => moved.InstanceId).Distinct().ToList();
        var timers = await db.Set<JobRecord>()
            .Where(job => job.Kind == JobKind.Timer && job.Status == JobStatus.Pending && job.LockOwner == null)
            .Where(job => (job.DueWorkingDay >= change.First && job.DueCountedFrom <= change.Last) || followingInstances.Contains(job.InstanceId))
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var job in timers)
        {
            var (dueAt, basis) = DueRecount.Of(job.InstanceId, job.DueAt, job.DueBasis(), calendar, change, movedVariables);
            if (dueAt == job.DueAt)
                continue;
            var instance = await session.LoadAsync(job.InstanceId, cancellationToken);
            MoveWait(instance, job.Id, dueAt, basis);
            db.Add(DeadlineMovedHistory.For(job.InstanceId, instance.DefinitionKey, instance.DefinitionVersion, job.ActivityId, job.ExecutionId, null,
                job.DueAt, dueAt, now, actor));
            // PostgreSQL stores instants in UTC only.
            job.DueAt = dueAt.ToUniversalTime();
            job.StoreDueBasis(basis);
            job.DueProvisional = calendar.IsProvisional(basis?.WorkingDay ?? clock.LocalDate(dueAt));
            changed++;
        }
        return changed;
    }

    /// <summary>The engine keeps the timer's due in its wait too; a timer cycle counts its next occurrence from it.</summary>
    private static void MoveWait(ProcessInstance instance, Guid jobId, DateTimeOffset dueAt, WorkingDayBasis? basis)
    {
        var wait = instance.Executions.SelectMany(execution => execution.Waits ?? []).FirstOrDefault(wait => wait.Id == jobId);
        if (wait is null)
            return;
        wait.DueAt = dueAt.ToUniversalTime();
        wait.DueBasis = basis;
    }
}
