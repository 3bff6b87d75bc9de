using Workflows.Engine.Calendar;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Security;

/// <summary>
/// Art. 36: the days a system's daily monitoring is looked at, and the working days among them (State Council calendar) from the
/// day the bureau confirmed the entry to yesterday that have no entry. Today is not missing yet: the clerk may still check it.
/// </summary>
public static class MonitoringWindow
{
    /// <summary>How far back the log is shown and unchecked days are counted.</summary>
    public const int Days = 30;

    public static DateOnly StartOf(DateOnly today) => today.AddDays(-Days);

    /// <summary>Confirmed in the catalogue and running: the only systems whose monitoring is kept.</summary>
    public static bool InService(InformationSystem system) =>
        system.EntryStatus == CatalogueEntryStatus.Confirmed && system.Status == SystemStatus.Running;

    /// <summary>The unchecked working days of the window, latest first.</summary>
    public static List<DateOnly> UncheckedDays(
        InformationSystem system, IReadOnlySet<DateOnly> checkedDays, ProjectDeadlines deadlines, IBusinessCalendar calendar)
    {
        var today = deadlines.Today;
        var windowStart = StartOf(today);
        var confirmedOn = deadlines.LocalDate(system.ReviewedAt ?? system.ListedAt);
        var missing = new List<DateOnly>();
        for (var day = confirmedOn > windowStart ? confirmedOn : windowStart; day < today; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && !checkedDays.Contains(day))
                missing.Add(day);
        }

        missing.Reverse();
        return missing;
    }
}
