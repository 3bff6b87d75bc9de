using System.Runtime.CompilerServices;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Tests.Calendar;

/// <summary>The schedules shipped in <c>workflows/calendars/</c>, found from this source file's location
/// (test binaries may be built outside the repository).</summary>
internal static class ShippedCalendar
{
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "..", "workflows", "calendars"));

    public static IReadOnlyList<CalendarYear> Years { get; } = CalendarData.LoadDirectory(Directory);

    public static ChineseWorkingDayCalendar Create(params LocalDayOff[] localDaysOff) => new(Years, localDaysOff);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
