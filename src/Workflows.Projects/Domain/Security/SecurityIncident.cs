namespace Workflows.Projects.Domain.Security;

/// <summary>
/// Art. 38: a security incident of a catalogued system, as the records of its handling must keep it: what happened and
/// when, how severe, how it was handled, and to whom and when it was reported.
/// </summary>
public sealed class SecurityIncident
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>What happened (事件经过).</summary>
    public string Description { get; set; } = "";

    public IncidentSeverity Severity { get; set; }

    /// <summary>How it was handled (处置情况).</summary>
    public string Handling { get; set; } = "";

    /// <summary>Whom it was reported to (报告对象).</summary>
    public string ReportedTo { get; set; } = "";

    public DateTimeOffset ReportedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
