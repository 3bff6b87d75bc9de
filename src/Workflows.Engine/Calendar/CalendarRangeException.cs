namespace Workflows.Engine.Calendar;

/// <summary>A date outside the years the working-day calendar covers: the caller's input, not a fault of the calendar.</summary>
public sealed class CalendarRangeException(int year) : ArgumentOutOfRangeException(nameof(year), year, Problem)
{
    public static string Problem { get; } =
        $"日期超出日历范围 {ChineseWorkingDayCalendar.FirstSupportedYear}-{ChineseWorkingDayCalendar.LastSupportedYear} " +
        $"(the working-day calendar covers the years {ChineseWorkingDayCalendar.FirstSupportedYear} to {ChineseWorkingDayCalendar.LastSupportedYear})";
}
