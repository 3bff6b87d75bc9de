namespace Workflows.Projects.Domain.Catalogue;

/// <summary>A service of the municipal government cloud's catalogue (art. 12); projects choose from these.</summary>
public sealed class CloudService
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public CloudServiceLayer Layer { get; set; }

    /// <summary>Set when the bureau takes the service out of the catalogue: no new application may choose it.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
