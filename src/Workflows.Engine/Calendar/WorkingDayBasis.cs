namespace Workflows.Engine.Calendar;

/// <summary>
/// What a deadline in working days was counted from: the <see cref="WorkingDays"/>-th working day after the
/// local date <see cref="CountedFrom"/> was <see cref="WorkingDay"/>. Kept beside the due instant so that the
/// deadline can be counted again when the calendar changes (a year's schedule or a local day off is added).
/// </summary>
public sealed record WorkingDayBasis(DateOnly CountedFrom, int WorkingDays, DateOnly WorkingDay)
{
    public static WorkingDayBasis Count(IBusinessCalendar calendar, DateOnly countedFrom, int workingDays) =>
        new(countedFrom, workingDays, calendar.AddWorkingDays(countedFrom, workingDays));

    /// <summary>The same count on <paramref name="calendar"/>; equal to this one when the working day stays.</summary>
    public WorkingDayBasis Recount(IBusinessCalendar calendar) => Count(calendar, CountedFrom, WorkingDays);

    /// <summary>A due instant counted from this basis, moved by as many days as <paramref name="recounted"/>'s
    /// working day differs, keeping its time of day (the counties' zone has no daylight saving).</summary>
    public DateTimeOffset Move(DateTimeOffset dueAt, WorkingDayBasis recounted) =>
        dueAt.AddDays(recounted.WorkingDay.DayNumber - WorkingDay.DayNumber);
}
