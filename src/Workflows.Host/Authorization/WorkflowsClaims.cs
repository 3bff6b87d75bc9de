namespace Workflows.Host.Authorization;

/// <summary>Claim types the host adds to the Identity principal.</summary>
public static class WorkflowsClaims
{
    public const string DepartmentCode = "workflows:department";

    public const string DisplayName = "workflows:display_name";

    /// <summary>Present (value <c>true</c>) on a group leader's principal: <c>WorkflowsUser.IsLeader</c>.</summary>
    public const string Leader = "workflows:leader";
}
