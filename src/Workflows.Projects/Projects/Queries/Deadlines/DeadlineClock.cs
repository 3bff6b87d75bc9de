using Workflows.Engine.Calendar;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Projects.Queries.Deadlines;

/// <summary>How far a deadline is, in the county's working days (arts. 18, 25, 28 count working days, not calendar days).</summary>
public sealed class DeadlineClock(IBusinessCalendar calendar, CalendarClock clock, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => clock.LocalDate(Now);

    /// <summary>Working days from today to the deadline's local date: 0 on the day itself, negative once it has passed.</summary>
    public int WorkingDaysLeft(DateTimeOffset dueAt) => calendar.CountWorkingDays(Today, clock.LocalDate(dueAt));

    public bool IsOverdue(DateTimeOffset dueAt) => dueAt < Now;

    /// <summary>
    /// The instant before which a deadline has at most <paramref name="workingDays"/> working days left: the local
    /// midnight that starts the working day after them (a deadline on the weekend in between still counts).
    /// </summary>
    public DateTimeOffset EndOfWorkingDays(int workingDays)
    {
        var after = calendar.AddWorkingDays(Today, workingDays + 1);
        return TimeZoneInfo.ConvertTimeToUtc(after.ToDateTime(TimeOnly.MinValue), clock.Zone);
    }
}
