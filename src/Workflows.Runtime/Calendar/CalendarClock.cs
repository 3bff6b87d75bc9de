namespace Workflows.Runtime.Calendar;

/// <summary>The county's time zone (<c>Calendar:TimeZone</c>), in which working days begin and end.</summary>
public sealed class CalendarClock(string timeZoneId)
{
    public TimeZoneInfo Zone { get; } = Find(timeZoneId);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"Calendar:TimeZone names an unknown time zone: '{id}'.");
        }
    }
}
