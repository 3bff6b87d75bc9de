using Workflows.Host.Authorization;
using Workflows.Persistence.Identity;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Host.Seeding;

/// <summary>The demo departments and users (ARCHITECTURE.md, "Configuration": the user names are a contract).</summary>
public static class DemoData
{
    public const string DepartmentA = "education";
    public const string DepartmentB = "health";
    public const string TownshipA = "tianning";

    /// <summary>The demo password the README publishes (<c>Seed:DemoPassword</c> in Development): refused anywhere else.</summary>
    public const string PublishedPassword = PasswordPolicy.PublishedDemoPassword;

    /// <summary>The topic the demo worker account <c>worker-finance</c> may fetch external tasks of.</summary>
    public const string FinanceWorkerTopic = "finance-payment";

    /// <summary>A domain that is never delivered: demo mails land in the pickup folder (<c>data/mail/</c>).</summary>
    public const string EmailDomain = "demo.county.gov.cn";

    public static readonly IReadOnlyList<Department> Departments =
    [
        new() { Code = DepartmentA, Name = "县教育科技局", Kind = DepartmentKind.CountyDepartment },
        new() { Code = DepartmentB, Name = "县卫生健康局", Kind = DepartmentKind.CountyDepartment },
        new() { Code = TownshipA, Name = "天宁镇人民政府", Kind = DepartmentKind.Township },
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("bureau", "政务信息管理局", null, ProjectRoles.Bureau, AdminRole.Name),
        new("approval", "行政审批局", null, ProjectRoles.ApprovalBureau),
        new("finance", "财政局", null, ProjectRoles.Finance),
        new("dgsc", "数字政府服务中心", null, ProjectRoles.DigitalGovernmentCenter),
        new("county", "县人民政府", null, ProjectRoles.CountyGovernment),
        new("dept-a", "教育科技局经办人", DepartmentA, ProjectRoles.Department),
        new("dept-b", "卫生健康局经办人", DepartmentB, ProjectRoles.Department),
        new("town-a", "天宁镇经办人", TownshipA, ProjectRoles.Township),
        new("lead-a", "教育科技局科长", DepartmentA, ProjectRoles.Department) { Leader = true },
        new("lead-b", "卫生健康局科长", DepartmentB, ProjectRoles.Department) { Leader = true },
        new("lead-town-a", "天宁镇分管领导", TownshipA, ProjectRoles.Township) { Leader = true },
        new("worker-finance", "财政支付系统（外部任务）", null, WorkerRole.Name) { Topics = [FinanceWorkerTopic] },
    ];

    public static string EmailOf(DemoUser user) => $"{user.UserName}@{EmailDomain}";
}
