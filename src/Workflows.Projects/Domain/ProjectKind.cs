namespace Workflows.Projects.Domain;

/// <summary>The kinds of project the measures cover (art. 3).</summary>
public enum ProjectKind
{
    /// <summary>新建.</summary>
    NewBuild,

    /// <summary>扩建.</summary>
    Expansion,

    /// <summary>升级改造.</summary>
    Upgrade,

    /// <summary>运维.</summary>
    Operations,
}
