namespace Workflows.Projects.Domain.Security;

/// <summary>What an emergency record of art. 38 is.</summary>
public enum EmergencyRecordKind
{
    /// <summary>应急预案.</summary>
    Plan,

    /// <summary>应急演练.</summary>
    Drill,
}
