namespace Workflows.Engine.Calendar;

/// <summary>Checks that a schedule is plausible before it changes any deadline.</summary>
public static class CalendarYearValidator
{
    public static void Validate(CalendarYear year, string source)
    {
        foreach (var day in year.OffDays.Concat(year.WorkDays))
        {
            // A notice may start its New Year holiday in December of the previous year (2023 notice: 2022-12-31).
            if (Math.Abs(day.Year - year.Year) > 1)
            {
                throw new CalendarDataException($"{source}: {day:yyyy-MM-dd} does not belong to the schedule of {year.Year}");
            }
        }
        foreach (var day in year.WorkDays)
        {
            // Make-up working days (调休上班) are always weekend days; a weekday here is a typo.
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new CalendarDataException($"{source}: make-up working day {day:yyyy-MM-dd} is not a Saturday or Sunday");
            }
            if (year.OffDays.Contains(day))
            {
                throw new CalendarDataException($"{source}: {day:yyyy-MM-dd} is listed both as a day off and as a working day");
            }
        }
    }
}
