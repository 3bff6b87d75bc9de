using Workflows.Projects.Domain.Supervision;

namespace Workflows.Projects.Common;

public static class RectificationNames
{
    public static string Of(RectificationReason reason) => reason switch
    {
        RectificationReason.BuildingAgainstApproval => "未按批复建设",
        RectificationReason.UnapprovedChange => "擅自变更建设内容",
        RectificationReason.DelayedAcceptance => "无故延迟验收",
        _ => reason.ToString(),
    };
}
