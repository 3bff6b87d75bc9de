using Workflows.Engine.Calendar;

namespace Workflows.Projects.Common;

/// <summary>The deadlines of the measures in Chinese working days, ending at 23:59:59 local time.</summary>
public sealed class ProjectDeadlines(IBusinessCalendar calendar, TimeProvider time, TimeZoneInfo zone)
{
    /// <summary>Art. 18: the contract is filed within 5 working days of signing.</summary>
    public const int ContractFilingWorkingDays = 5;

    /// <summary>Art. 25: the acceptance report is filed within 30 working days of acceptance.</summary>
    public const int AcceptanceReportWorkingDays = 30;

    /// <summary>
    /// Art. 26: the self-evaluation report reaches the bureau within 30 working days of the year's evaluation opening (the measures
    /// name no limit; this is the one they give for the other report sent to the bureau, art. 25).
    /// </summary>
    public const int SelfEvaluationWorkingDays = 30;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today in the county's time zone: the latest date a user may enter for something that happened.</summary>
    public DateOnly Today => LocalDate(Now);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The start of a local date, in UTC: when an event entered as a date (a signing, an acceptance) is taken to have happened.</summary>
    public DateTimeOffset StartOf(DateOnly date) => WorkingDayDeadline.At(date, TimeOnly.MinValue, zone).ToUniversalTime();

    /// <summary>In UTC: PostgreSQL stores only offset-zero instants, and the engine reads the process variable back as is.</summary>
    public DateTimeOffset WorkingDaysAfter(DateTimeOffset from, int workingDays) => Count(from, workingDays).DueAt;

    /// <summary>As <see cref="WorkingDaysAfter"/>, with what it was counted from, for a process variable that must
    /// move when a year's schedule or a local day off is added (see <c>DeadlineVariables</c>).</summary>
    public CountedDeadline Count(DateTimeOffset from, int workingDays)
    {
        var deadline = WorkingDayDeadline.Count(calendar, from, workingDays, zone);
        return deadline with { DueAt = deadline.DueAt.ToUniversalTime() };
    }

    /// <summary>Art. 26: the self-evaluation of a budget year is due once the following budget year is over.</summary>
    public DateTimeOffset StartOfYear(int year) => WorkingDayDeadline.At(new DateOnly(year, 1, 1), TimeOnly.MinValue, zone).ToUniversalTime();
}
