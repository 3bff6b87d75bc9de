namespace Workflows.Projects.Security.Queries.ListMonitoringGaps;

/// <summary>
/// A system in service whose daily monitoring (art. 36) misses working days of the last <see cref="MonitoringWindow.Days"/>: how
/// many, the earliest and the latest of them, and the last day checked ever (null: never).
/// </summary>
public sealed record MonitoringGap(
    Guid SystemId, string SystemName, string DepartmentCode, int UncheckedDays, DateOnly EarliestUnchecked, DateOnly LatestUnchecked,
    DateOnly? LastCheckedOn);
