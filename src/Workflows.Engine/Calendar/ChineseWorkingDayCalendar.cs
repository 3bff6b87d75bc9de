using System.Collections.Concurrent;

namespace Workflows.Engine.Calendar;

/// <summary>
/// Mainland China working days: Monday to Friday, minus the statutory days off of the State Council
/// notices, plus their make-up working weekend days, minus county-local days off. A year without a
/// loaded notice is computed on weekends alone and reported as provisional, so deadlines falling in it
/// can be recomputed once its notice is published (usually in November of the year before).
/// Immutable: a changed schedule means a new instance.
/// </summary>
public sealed class ChineseWorkingDayCalendar : IBusinessCalendar
{
    /// <summary>Dates outside these years are rejected: a deadline there is an input error, not a date to compute.</summary>
    public const int FirstSupportedYear = 2000;
    public const int LastSupportedYear = 2099;

    private readonly HashSet<int> _scheduledYears;
    private readonly HashSet<DateOnly> _offDays;
    private readonly HashSet<DateOnly> _makeUpWorkDays;
    private readonly ConcurrentDictionary<int, YearSchedule> _years = new();

    public ChineseWorkingDayCalendar(IEnumerable<CalendarYear> years, IEnumerable<LocalDayOff>? localDaysOff = null)
    {
        var schedules = years.ToList();
        _scheduledYears = schedules.Select(year => year.Year).ToHashSet();
        _offDays = schedules.SelectMany(year => year.OffDays)
            .Concat((localDaysOff ?? []).Select(local => local.Date))
            .ToHashSet();
        _makeUpWorkDays = schedules.SelectMany(year => year.WorkDays).ToHashSet();
        _makeUpWorkDays.ExceptWith(_offDays);
        foreach (var year in _scheduledYears)
        {
            Schedule(year);
        }
    }

    /// <summary>The years whose State Council notice is loaded.</summary>
    public IReadOnlySet<int> ScheduledYears => _scheduledYears;

    public bool IsWorkingDay(DateOnly date) => Schedule(date.Year).IsWorkingDay(date);

    public bool IsProvisional(DateOnly date) => !_scheduledYears.Contains(date.Year);

    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        if (workingDays == 0)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }
            return day;
        }
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    private YearSchedule Schedule(int year)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw new CalendarRangeException(year);
        }
        return _years.GetOrAdd(year, static (key, calendar) => new YearSchedule(key, calendar.ComputeWorkingDay), this);
    }

    private bool ComputeWorkingDay(DateOnly date)
    {
        if (_offDays.Contains(date))
        {
            return false;
        }
        return _makeUpWorkDays.Contains(date) || date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }
}
