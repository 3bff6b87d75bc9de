using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Counts the deadline variables of running instances again on a changed calendar and sets the ones whose
/// working day moved, with a variable-change history row naming the admin, as a task completion would.
/// </summary>
internal sealed class DeadlineVariableRecounter(WorkflowsDbContext db, IEnumerable<IDeadlineVariableObserver> observers)
{
    public async Task<List<MovedDeadline>> RecountAsync(
        IBusinessCalendar calendar, CalendarChange change, EfInstanceSession session, DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        var running = db.Instances.Where(instance => instance.Status == InstanceStatus.Running).Select(instance => instance.Id);
        var rows = await db.Set<DeadlineVariableRecord>()
            .Where(row => row.WorkingDay >= change.First && row.CountedFrom <= change.Last && running.Contains(row.InstanceId))
            .ToListAsync(cancellationToken);
        var moved = new List<MovedDeadline>();
        foreach (var row in rows)
        {
            var basis = new WorkingDayBasis(row.CountedFrom, row.WorkingDays, row.WorkingDay);
            var recounted = basis.Recount(calendar);
            if (recounted == basis)
                continue;
            var instance = await session.LoadAsync(row.InstanceId, cancellationToken);
            if (!Holds(instance, row.Name, row.DueAt))
            {
                // The process set the variable to something else since: it is no longer this deadline.
                db.Remove(row);
                continue;
            }
            var deadline = new MovedDeadline(row.InstanceId, row.Name, row.DueAt, basis.Move(row.DueAt, recounted), actor);
            Set(instance, deadline, now);
            foreach (var observer in observers)
                await observer.OnMovedAsync(deadline, instance, cancellationToken);
            (row.DueAt, row.WorkingDay) = (deadline.NewDueAt, recounted.WorkingDay);
            moved.Add(deadline);
        }
        return moved;
    }

    private void Set(ProcessInstance instance, MovedDeadline deadline, DateTimeOffset now)
    {
        var old = instance.Variables[deadline.Name];
        var value = JsonSerializer.SerializeToElement(deadline.NewDueAt);
        instance.Variables[deadline.Name] = value;
        db.Add(HistoryEntries.From(new VariableChanged(instance.Id, now, deadline.Name, old, value, deadline.Actor), instance)!);
    }

    private static bool Holds(ProcessInstance instance, string name, DateTimeOffset dueAt) =>
        instance.Variables.TryGetValue(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.TryGetDateTimeOffset(out var held)
        && held == dueAt;
}
