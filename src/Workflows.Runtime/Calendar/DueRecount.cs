using Workflows.Engine.Calendar;

namespace Workflows.Runtime.Calendar;

/// <summary>
/// Where an open due (a task's or a timer's) lands on a changed calendar: one counted in working days across the
/// changed dates is counted again; one taken from a deadline variable that moved follows the variable.
/// </summary>
internal static class DueRecount
{
    public static (DateTimeOffset DueAt, WorkingDayBasis? Basis) Of(
        Guid instanceId, DateTimeOffset dueAt, WorkingDayBasis? basis, IBusinessCalendar calendar, CalendarChange change, IReadOnlyList<MovedDeadline> movedVariables)
    {
        if (basis is not null)
        {
            var recounted = change.Spans(basis) ? basis.Recount(calendar) : basis;
            return (basis.Move(dueAt, recounted), recounted);
        }
        var followed = movedVariables.FirstOrDefault(moved => moved.InstanceId == instanceId && moved.OldDueAt == dueAt);
        return (followed?.NewDueAt ?? dueAt, null);
    }
}
