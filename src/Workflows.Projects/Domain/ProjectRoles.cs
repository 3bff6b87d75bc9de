namespace Workflows.Projects.Domain;

/// <summary>The parties of the measures (art. 5) as role names: user-task candidate groups and Identity roles.</summary>
public static class ProjectRoles
{
    /// <summary>县政务信息管理局: plans, approves, receives filings, orders rectification.</summary>
    public const string Bureau = "bureau";

    /// <summary>县行政审批局: checks the application materials.</summary>
    public const string ApprovalBureau = "approval-bureau";

    /// <summary>县财政局: budget review and approval, funding, spot checks.</summary>
    public const string Finance = "finance";

    /// <summary>县数字政府服务中心: technical review.</summary>
    public const string DigitalGovernmentCenter = "dgsc";

    /// <summary>县人民政府: approves projects outside the annual plan.</summary>
    public const string CountyGovernment = "county-government";

    /// <summary>县直部门: the implementing unit.</summary>
    public const string Department = "department";

    /// <summary>乡(镇)人民政府: joins county projects and runs its own (arts. 6, 39).</summary>
    public const string Township = "township";

    public static readonly IReadOnlyList<string> All =
        [Bureau, ApprovalBureau, Finance, DigitalGovernmentCenter, CountyGovernment, Department, Township];

    /// <summary>Groups whose members act only on tasks of their own department (<c>WorkflowsUser.DepartmentCode</c>).</summary>
    public static readonly IReadOnlyList<string> DepartmentScoped = [Department, Township];
}
