using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Persistence.Calendar;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// The calendar every deadline uses: the shipped schedules, overridden year by year by the schedules
/// admins added, minus the local days off. Cached as an immutable snapshot; a calendar command on this
/// host invalidates it, and after <see cref="CalendarOptions.RefreshInterval"/> it is read again so that
/// an edit made on another node arrives too.
/// </summary>
public sealed class LiveBusinessCalendar(
    ShippedSchedules shipped,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<CalendarOptions> options) : IBusinessCalendar
{
    private readonly Lock _reloading = new();
    private volatile Snapshot? _current;

    public bool IsWorkingDay(DateOnly date) => Current.IsWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly start, int workingDays) => Current.AddWorkingDays(start, workingDays);

    public bool IsProvisional(DateOnly date) => Current.IsProvisional(date);

    /// <summary>The next use reads the database again.</summary>
    public void Invalidate() => _current = null;

    /// <summary>This calendar with one more schedule, for recomputing deadlines inside the transaction that adds it.</summary>
    public ChineseWorkingDayCalendar With(CalendarYear year, IEnumerable<LocalDayOff>? moreDaysOff = null)
    {
        var (years, daysOff) = Load();
        return new ChineseWorkingDayCalendar(years.Where(known => known.Year != year.Year).Append(year), daysOff.Concat(moreDaysOff ?? []));
    }

    /// <summary>This calendar with one more local day off, for recomputing deadlines inside the transaction that adds it.</summary>
    public ChineseWorkingDayCalendar With(LocalDayOff dayOff)
    {
        var (years, daysOff) = Load();
        return new ChineseWorkingDayCalendar(years, daysOff.Append(dayOff));
    }

    private ChineseWorkingDayCalendar Current
    {
        get
        {
            var now = time.GetUtcNow();
            if (_current is { } fresh && now < fresh.ExpiresAt)
                return fresh.Calendar;
            lock (_reloading)
            {
                if (_current is { } reloaded && now < reloaded.ExpiresAt)
                    return reloaded.Calendar;
                var (years, daysOff) = Load();
                var snapshot = new Snapshot(new ChineseWorkingDayCalendar(years, daysOff), now + options.Value.RefreshInterval);
                _current = snapshot;
                return snapshot.Calendar;
            }
        }
    }

    private (List<CalendarYear> Years, List<LocalDayOff> DaysOff) Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var added = db.Set<CalendarYearRecord>().AsNoTracking().ToList()
            .Select(row => new CalendarYear(row.Year, row.OffDays, row.WorkDays))
            .ToList();
        var daysOff = db.Set<LocalDayOffRecord>().AsNoTracking().ToList()
            .Select(row => new LocalDayOff(row.Date, row.Reason))
            .ToList();
        var years = shipped.Years.Where(year => added.All(own => own.Year != year.Year)).Concat(added).ToList();
        return (years, daysOff);
    }

    private sealed record Snapshot(ChineseWorkingDayCalendar Calendar, DateTimeOffset ExpiresAt);
}
