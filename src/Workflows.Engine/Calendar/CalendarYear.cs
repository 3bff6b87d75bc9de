namespace Workflows.Engine.Calendar;

/// <summary>One State Council notice: the days it declares off (放假) and the weekend days it declares
/// working (调休上班). Grouped by notice year, so the 2023 notice holds 2022-12-31.</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<DateOnly> OffDays, IReadOnlyList<DateOnly> WorkDays);
