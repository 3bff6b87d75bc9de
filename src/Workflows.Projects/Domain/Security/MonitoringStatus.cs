namespace Workflows.Projects.Domain.Security;

/// <summary>What a day's monitoring of a system found (art. 36).</summary>
public enum MonitoringStatus
{
    /// <summary>正常.</summary>
    Normal,

    /// <summary>异常.</summary>
    Abnormal,
}
