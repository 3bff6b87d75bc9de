namespace Workflows.Projects.Domain.Catalogue;

/// <summary>An entry of the catalogue of government information systems (政务信息系统目录, art. 10).</summary>
public sealed class InformationSystem
{
    public Guid Id { get; set; }
    public string DepartmentCode { get; set; } = "";
    public string Name { get; set; } = "";
    public SystemStatus Status { get; set; }

    /// <summary>The municipal cloud resources the system runs on (art. 35).</summary>
    public string CloudResources { get; set; } = "";

    /// <summary>The data resources the system holds (art. 3).</summary>
    public string DataResources { get; set; } = "";

    /// <summary>Set for provincial or municipal systems a county project may only dock with (art. 11).</summary>
    public bool IsUpperLevel { get; set; }

    public DateTimeOffset ListedAt { get; set; }
}
