namespace Workflows.Engine.Calendar;

/// <summary>
/// Turns "within N working days" into an instant. Art. 18 ("within 5 working days") allows the whole of
/// the 5th working day, so a deadline is the end of that day (23:59:59) in the calendar's time zone.
/// </summary>
public static class WorkingDayDeadline
{
    public static readonly TimeOnly EndOfDay = new(23, 59, 59);

    /// <summary>The end of the <paramref name="workingDays"/>-th working day after the local date of <paramref name="from"/>.</summary>
    public static DateTimeOffset After(IBusinessCalendar calendar, DateTimeOffset from, int workingDays, TimeZoneInfo zone) =>
        Count(calendar, from, workingDays, zone).DueAt;

    /// <summary>As <see cref="After"/>, with the basis it was counted from.</summary>
    public static CountedDeadline Count(IBusinessCalendar calendar, DateTimeOffset from, int workingDays, TimeZoneInfo zone)
    {
        var localStart = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var basis = WorkingDayBasis.Count(calendar, localStart, workingDays);
        return new CountedDeadline(EndOf(basis.WorkingDay, zone), basis);
    }

    /// <summary>23:59:59 of <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset EndOf(DateOnly day, TimeZoneInfo zone) => At(day, EndOfDay, zone);

    /// <summary><paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
