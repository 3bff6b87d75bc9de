using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Execution.Support;

/// <summary>A calendar where only Saturdays and Sundays are days off.</summary>
internal sealed class WeekendCalendar : IBusinessCalendar
{
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var day = start;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                workingDays--;
        }
        return day;
    }

    public bool IsProvisional(DateOnly date) => false;
}
