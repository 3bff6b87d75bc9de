namespace Workflows.Projects.Domain;

/// <summary>Whether construction and O&amp;M money may flow to the project.</summary>
public enum FundingStatus
{
    Normal,

    /// <summary>Held until a filing arrives (art. 25), with a reason.</summary>
    Held,

    /// <summary>Payments suspended after a failed rectification (art. 28).</summary>
    Suspended,

    /// <summary>The project was terminated (art. 28).</summary>
    Terminated,
}
