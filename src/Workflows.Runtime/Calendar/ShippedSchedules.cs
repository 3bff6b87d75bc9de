using Workflows.Engine.Calendar;

namespace Workflows.Runtime.Calendar;

/// <summary>The State Council schedules shipped in <c>workflows/calendars/</c>.</summary>
public sealed record ShippedSchedules(IReadOnlyList<CalendarYear> Years)
{
    public static ShippedSchedules Load(string? configuredDirectory)
    {
        var directory = ShippedCalendarDirectory.Locate(configuredDirectory)
            ?? throw new InvalidOperationException(
                "No holiday calendar found: set Calendar:Directory, or keep workflows/calendars/ beside the program or above the current directory.");
        return new ShippedSchedules(CalendarData.LoadDirectory(directory));
    }
}
