namespace Workflows.Projects.Domain.Parts;

/// <summary>A municipal cloud catalogue service the project uses (art. 12).</summary>
public sealed class ProjectCloudService
{
    public Guid ProjectId { get; set; }
    public string ServiceCode { get; set; } = "";
}
