namespace Workflows.Projects.Domain.Security;

/// <summary>
/// Art. 36: an entry of a system's daily monitoring log (日常监测): the day checked, what was found and who recorded it. The log
/// is append-only: an entry for a day already checked corrects it, the latest entry of a day stands and the earlier ones stay.
/// </summary>
public sealed class MonitoringCheck
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }
    public DateOnly CheckedOn { get; set; }

    /// <summary>1 for the day's first entry, 2 for its first correction, …: the highest stands.</summary>
    public int Revision { get; set; }

    public MonitoringStatus Status { get; set; }
    public string Notes { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
