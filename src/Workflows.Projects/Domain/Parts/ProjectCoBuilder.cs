namespace Workflows.Projects.Domain.Parts;

/// <summary>A co-building department or township of a cross-department project (arts. 6, 8) and the part it confirmed.</summary>
public sealed class ProjectCoBuilder
{
    public Guid ProjectId { get; set; }
    public string DepartmentCode { get; set; } = "";

    /// <summary>The part of the overall plan the department takes on; empty until confirmed.</summary>
    public string Part { get; set; } = "";
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
}
