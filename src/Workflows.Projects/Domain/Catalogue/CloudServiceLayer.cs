namespace Workflows.Projects.Domain.Catalogue;

/// <summary>The layers of the municipal government cloud's service catalogue (art. 12).</summary>
public enum CloudServiceLayer
{
    Iaas,
    Paas,
    Saas,
}
