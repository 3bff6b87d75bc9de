using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Calendar.AddLocalDayOff;

/// <summary>Adds a county-local day off; open deadlines around it are computed again. Returns how many tasks and timers changed.</summary>
public sealed record AddLocalDayOff(DateOnly Date, string Reason, string? Actor = null) : ICommand<int>;

public sealed class AddLocalDayOffHandler(
    WorkflowsDbContext db,
    LiveBusinessCalendar calendar,
    ProvisionalDeadlines deadlines,
    TimeProvider time) : ICommandHandler<AddLocalDayOff, int>
{
    public async ValueTask<int> Handle(AddLocalDayOff command, CancellationToken cancellationToken)
    {
        if (await db.Set<LocalDayOffRecord>().FindAsync([command.Date], cancellationToken) is not null)
            throw new ConflictException($"{command.Date:yyyy-MM-dd} 已是本地休息日 / is already a local day off");
        db.Add(new LocalDayOffRecord { Date = command.Date, Reason = command.Reason.Trim(), AddedAt = time.GetUtcNow(), AddedBy = command.Actor });
        var updated = calendar.With(new LocalDayOff(command.Date, command.Reason));
        // Deadlines counted across the day move a working day later; reminders of tasks due within a few weeks of it may move.
        var changed = await deadlines.RecomputeAsync(updated, CalendarChange.Day(command.Date), command.Actor, cancellationToken);
        calendar.Invalidate();
        return changed;
    }
}
