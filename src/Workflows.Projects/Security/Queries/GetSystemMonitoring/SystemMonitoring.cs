using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.GetSystemMonitoring;

/// <summary>
/// Art. 36 for one system: whether it is in service, its internal management rules (latest effective first, without content),
/// its monitoring log of the last <see cref="MonitoringWindow.Days"/> days (latest day first; a corrected entry
/// is not <c>Current</c>), its last day checked and the working days of that window, since it was confirmed, left unchecked.
/// </summary>
public sealed record SystemMonitoring(
    Guid SystemId, string SystemName, string DepartmentCode, SystemStatus Status, bool InService, IReadOnlyList<SystemMonitoring.Rule> Rules,
    IReadOnlyList<SystemMonitoring.Check> Checks, SystemMonitoring.Check? LastCheck, IReadOnlyList<DateOnly> MissingDays)
{
    public sealed record Rule(
        Guid Id, string Title, string Version, DateOnly EffectiveOn, string FileName, long Size, string Sha256, string FiledBy, DateTimeOffset FiledAt,
        string? FiledByName = null);

    public sealed record Check(
        Guid Id, DateOnly CheckedOn, int Revision, bool Current, MonitoringStatus Status, string Notes, string RecordedBy, DateTimeOffset RecordedAt,
        string? RecordedByName = null);
}
