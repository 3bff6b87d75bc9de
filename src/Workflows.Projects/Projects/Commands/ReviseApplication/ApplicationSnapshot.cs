using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Projects.Commands.ReviseApplication;

/// <summary>The application's fields as the history shows them (field, label, readable value), to record each change as old → new.</summary>
internal static class ApplicationSnapshot
{
    public static async Task<FieldSnapshot> TakeAsync(WorkflowsDbContext db, Project project, CancellationToken cancellationToken)
    {
        var systemIds = project.Systems.Select(s => s.SystemId).ToList();
        var systemNames = await db.Set<InformationSystem>().AsNoTracking().Where(s => systemIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var planEntry = project.PlanEntryId is { } entryId
            ? await db.Set<PlanEntry>().AsNoTracking().Where(e => e.Id == entryId).Select(e => $"{e.Year}年《{e.Name}》").SingleOrDefaultAsync(cancellationToken)
            : null;
        var snapshot = new FieldSnapshot();
        snapshot.Add("name", "项目名称", "Project name", project.Name);
        snapshot.Add("kind", "项目类型", "Project kind", KindName(project.Kind));
        snapshot.Add("scope", "建设内容", "Scope", project.Scope);
        snapshot.Add("planEntryId", "年度计划条目", "Annual plan entry", planEntry ?? "无");
        snapshot.Add("isMajor", "重大项目", "Major project", YesNo(project.IsMajor));
        snapshot.Add("docksWithUpperLevelSystem", "对接上级系统", "Docks with an upper-level system", YesNo(project.DocksWithUpperLevelSystem));
        snapshot.Add("buildsDedicatedNetwork", "新建业务专网", "Builds a dedicated network", YesNo(project.BuildsDedicatedNetwork));
        snapshot.Add("totalBudget", "总预算（元）", "Total budget (CNY)", Amount(project.TotalBudget));
        snapshot.Add("yearBudgets", "年度预算", "Yearly budgets", Join(project.YearBudgets.OrderBy(b => b.Year).Select(b => $"{b.Year}年 {Amount(b.Amount)}")));
        snapshot.Add("plannedCompletion", "计划完成日期", "Planned completion", project.PlannedCompletion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "无");
        snapshot.Add("systemIds", "涉及的目录系统", "Catalogued systems", Join(project.Systems.Select(s => systemNames.GetValueOrDefault(s.SystemId, s.SystemId.ToString())).Order()));
        snapshot.Add("needsNoCloud", "无需计算和存储资源", "Needs no computing or storage", YesNo(project.NeedsNoCloud));
        snapshot.Add("cloudServiceCodes", "政务云服务", "Government cloud services", Join(project.CloudServices.Select(s => s.ServiceCode).Order()));
        snapshot.Add("dataSharing.sources", "数据来源", "Data sources", project.DataSharing.Sources);
        snapshot.Add("dataSharing.formats", "数据格式", "Data formats", project.DataSharing.Formats);
        snapshot.Add("dataSharing.updateFrequency", "更新频率", "Update frequency", project.DataSharing.UpdateFrequency);
        snapshot.Add("dataSharing.sharing", "共享方式", "Sharing", project.DataSharing.Sharing);
        snapshot.Add("dataSharing.opening", "开放方式", "Opening", project.DataSharing.Opening);
        snapshot.Add("dataSharing.sharesNothing", "不互联共享", "Shares no data", YesNo(project.DataSharing.SharesNothing));
        snapshot.Add("coBuildingDepartments", "共建单位", "Co-building departments", await DepartmentNames.JoinAsync(db, [.. project.CoBuilders.Select(c => c.DepartmentCode).Order()], cancellationToken));
        snapshot.Add("protectionLevel", "等级保护级别", "Protection level", project.ProtectionLevel is { } level ? $"第{level}级" : "无");
        snapshot.Add("cryptographyPlan", "密码应用方案", "Cryptography plan", project.CryptographyPlan ?? "无");
        snapshot.Add("coBuiltWithCity", "市县共建", "Co-built with the city", YesNo(project.CoBuiltWithCity));
        snapshot.Add("municipalPartner", "市级共建单位", "Municipal partner", project.MunicipalPartner ?? "无");
        snapshot.Add("municipalShare", "市县分工", "County and city shares", project.MunicipalShare ?? "无");
        return snapshot;
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> values) => values.ToList() is { Count: > 0 } list ? string.Join("、", list) : "无";

    private static string KindName(ProjectKind kind) => kind switch
    {
        ProjectKind.NewBuild => "新建",
        ProjectKind.Expansion => "扩建",
        ProjectKind.Upgrade => "升级改造",
        ProjectKind.Operations => "运维",
        _ => kind.ToString(),
    };
}
