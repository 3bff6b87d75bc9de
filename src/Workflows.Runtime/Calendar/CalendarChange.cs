using Workflows.Engine.Calendar;

namespace Workflows.Runtime.Calendar;

/// <summary>The local dates whose working-day status a calendar command may have changed.</summary>
public sealed record CalendarChange(DateOnly First, DateOnly Last)
{
    /// <summary>A year's schedule; its New Year holiday may start on 31 December of the year before.</summary>
    public static CalendarChange Year(int year) => new(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

    public static CalendarChange Day(DateOnly date) => new(date, date);

    /// <summary>A count that passed over a changed date, or ended on one, may end on another day now.</summary>
    public bool Spans(WorkingDayBasis basis) => basis.CountedFrom <= Last && basis.WorkingDay >= First;

    /// <summary>Reminders count a few working days back from the due day, so a due day up to a month after
    /// the change may have its reminders moved even though the due itself stays.</summary>
    public bool Touches(DateOnly dueDay) => dueDay >= First && dueDay <= Last.AddDays(31);
}
