namespace Workflows.Projects.Security.Commands.RecordMonitoringCheck;

/// <summary>The entry's id and its revision of the day: above 1 it corrected an earlier entry.</summary>
public sealed record MonitoringCheckRecorded(Guid Id, int Revision);
