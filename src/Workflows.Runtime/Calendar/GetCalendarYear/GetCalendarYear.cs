using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;

namespace Workflows.Runtime.Calendar.GetCalendarYear;

/// <summary>A year's schedule as deadlines use it: added by an admin, else shipped; provisional when neither exists.</summary>
public sealed record GetCalendarYear(int Year) : IQuery<CalendarYearView>;

/// <param name="Source">"database", "shipped", or null when the year is provisional.</param>
public sealed record CalendarYearView(
    int Year,
    bool Provisional,
    string? Source,
    IReadOnlyList<DateOnly> OffDays,
    IReadOnlyList<DateOnly> WorkDays,
    IReadOnlyList<LocalDayOffView> LocalDaysOff);

public sealed record LocalDayOffView(DateOnly Date, string Reason);

public sealed class GetCalendarYearHandler(WorkflowsDbContext db, ShippedSchedules shipped) : IQueryHandler<GetCalendarYear, CalendarYearView>
{
    public async ValueTask<CalendarYearView> Handle(GetCalendarYear query, CancellationToken cancellationToken)
    {
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var localDaysOff = await db.Set<LocalDayOffRecord>().AsNoTracking()
            .Where(day => day.Date >= first && day.Date <= last)
            .OrderBy(day => day.Date)
            .Select(day => new LocalDayOffView(day.Date, day.Reason))
            .ToListAsync(cancellationToken);
        if (await db.Set<CalendarYearRecord>().AsNoTracking().SingleOrDefaultAsync(row => row.Year == query.Year, cancellationToken) is { } added)
            return new CalendarYearView(query.Year, false, "database", added.OffDays, added.WorkDays, localDaysOff);
        if (shipped.Years.SingleOrDefault(year => year.Year == query.Year) is { } known)
            return new CalendarYearView(query.Year, false, "shipped", known.OffDays, known.WorkDays, localDaysOff);
        return new CalendarYearView(query.Year, true, null, [], [], localDaysOff);
    }
}
