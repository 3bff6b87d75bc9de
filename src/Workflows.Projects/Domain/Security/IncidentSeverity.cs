namespace Workflows.Projects.Domain.Security;

/// <summary>The four grades of a network security incident in the national classification.</summary>
public enum IncidentSeverity
{
    /// <summary>一般 (IV级).</summary>
    General,

    /// <summary>较大 (III级).</summary>
    Significant,

    /// <summary>重大 (II级).</summary>
    Major,

    /// <summary>特别重大 (I级).</summary>
    Critical,
}
