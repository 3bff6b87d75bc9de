using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.GetSystemSecurity;

/// <summary>Art. 38 for one system: its security incidents, latest first, and its emergency plans and drills on file (without content).</summary>
public sealed record SystemSecurity(
    Guid SystemId, string SystemName, string DepartmentCode, IReadOnlyList<SystemSecurity.Incident> Incidents,
    IReadOnlyList<SystemSecurity.Emergency> EmergencyRecords)
{
    public sealed record Incident(
        Guid Id, DateTimeOffset OccurredAt, string Description, IncidentSeverity Severity, string Handling, string ReportedTo,
        DateTimeOffset ReportedAt, string RecordedBy, DateTimeOffset RecordedAt);

    public sealed record Emergency(Guid Id, EmergencyRecordKind Kind, DateOnly Dated, string Title, string FileName, long Size, string Sha256, string RecordedBy);
}
