namespace Workflows.Projects.Domain.Supervision;

/// <summary>The grounds of art. 28 for an order to rectify within a time limit.</summary>
public enum RectificationReason
{
    /// <summary>未按批复建设.</summary>
    BuildingAgainstApproval,

    /// <summary>擅自变更建设内容.</summary>
    UnapprovedChange,

    /// <summary>无故延迟验收.</summary>
    DelayedAcceptance,
}
