using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;

namespace Workflows.Runtime.Calendar.AddCalendarYear;

/// <summary>
/// Adds (or replaces) a year's State Council schedule. The open deadlines that were computed provisionally,
/// or that count working days across the year, are computed again in the same transaction. Returns how many
/// tasks and timers changed.
/// </summary>
public sealed record AddCalendarYear(
    int Year,
    IReadOnlyList<DateOnly> OffDays,
    IReadOnlyList<DateOnly> WorkDays,
    string? Source = null,
    string? Actor = null) : ICommand<int>;

public sealed class AddCalendarYearHandler(
    WorkflowsDbContext db,
    LiveBusinessCalendar calendar,
    ProvisionalDeadlines deadlines,
    TimeProvider time) : ICommandHandler<AddCalendarYear, int>
{
    public async ValueTask<int> Handle(AddCalendarYear command, CancellationToken cancellationToken)
    {
        var row = await db.Set<CalendarYearRecord>().FindAsync([command.Year], cancellationToken);
        if (row is null)
        {
            row = new CalendarYearRecord { Year = command.Year };
            db.Add(row);
        }
        row.OffDays = command.OffDays.Distinct().Order().ToList();
        row.WorkDays = command.WorkDays.Distinct().Order().ToList();
        row.Source = command.Source;
        row.AddedAt = time.GetUtcNow();
        row.AddedBy = command.Actor;

        var updated = calendar.With(new CalendarYear(command.Year, row.OffDays, row.WorkDays));
        var changed = await deadlines.RecomputeAsync(updated, CalendarChange.Year(command.Year), command.Actor, cancellationToken);
        // Every later use, also on this host, reads the committed schedule.
        calendar.Invalidate();
        return changed;
    }
}
