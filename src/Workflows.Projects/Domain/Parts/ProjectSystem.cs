namespace Workflows.Projects.Domain.Parts;

/// <summary>A catalogued system the project involves (art. 10).</summary>
public sealed class ProjectSystem
{
    public Guid ProjectId { get; set; }
    public Guid SystemId { get; set; }
}
