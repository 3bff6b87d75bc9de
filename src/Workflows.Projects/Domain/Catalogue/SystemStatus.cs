namespace Workflows.Projects.Domain.Catalogue;

/// <summary>Life cycle of a catalogued system (art. 10).</summary>
public enum SystemStatus
{
    Planned,
    Building,
    Running,
    Retired,
}
