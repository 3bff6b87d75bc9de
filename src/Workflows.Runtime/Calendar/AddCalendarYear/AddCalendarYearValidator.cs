using Workflows.Engine.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Calendar.AddCalendarYear;

/// <summary>The same checks as the shipped files: the dates belong to the notice's year (its New Year holiday
/// may start on 31 December), make-up days are weekend days, and no date is both off and working.</summary>
public sealed class AddCalendarYearValidator : IValidator<AddCalendarYear>
{
    public IEnumerable<string> Validate(AddCalendarYear command)
    {
        if (command.Year is < ChineseWorkingDayCalendar.FirstSupportedYear or > ChineseWorkingDayCalendar.LastSupportedYear)
        {
            yield return $"年份 {command.Year} 超出范围 ({ChineseWorkingDayCalendar.FirstSupportedYear}-{ChineseWorkingDayCalendar.LastSupportedYear}) / year out of range";
            yield break;
        }
        var problem = Check(new CalendarYear(command.Year, command.OffDays, command.WorkDays));
        if (problem is not null)
            yield return problem;
    }

    private static string? Check(CalendarYear year)
    {
        try
        {
            CalendarYearValidator.Validate(year, $"year {year.Year}");
            return null;
        }
        catch (CalendarDataException exception)
        {
            return exception.Message;
        }
    }
}
