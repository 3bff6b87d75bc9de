namespace Workflows.Projects.Domain.Construction;

/// <summary>A construction progress report of the department (art. 20).</summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int PercentComplete { get; set; }
    public string Summary { get; set; } = "";
    public DateTimeOffset ReportedAt { get; set; }
    public string ReportedBy { get; set; } = "";
}
