using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Projects.Commands.ReviseApplication;

/// <summary>The application's fields as the history shows them (field, Chinese label, readable value), to record each change as old → new.</summary>
internal sealed class ApplicationSnapshot
{
    private readonly List<(string Field, string Label, string Value)> fields = [];

    public static async Task<ApplicationSnapshot> TakeAsync(WorkflowsDbContext db, Project project, CancellationToken cancellationToken)
    {
        var systemIds = project.Systems.Select(s => s.SystemId).ToList();
        var systemNames = await db.Set<InformationSystem>().AsNoTracking().Where(s => systemIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var planEntry = project.PlanEntryId is { } entryId
            ? await db.Set<PlanEntry>().AsNoTracking().Where(e => e.Id == entryId).Select(e => $"{e.Year}年《{e.Name}》").SingleOrDefaultAsync(cancellationToken)
            : null;
        var snapshot = new ApplicationSnapshot();
        snapshot.Add("name", "项目名称", project.Name);
        snapshot.Add("kind", "项目类型", KindName(project.Kind));
        snapshot.Add("scope", "建设内容", project.Scope);
        snapshot.Add("planEntryId", "年度计划条目", planEntry ?? "无");
        snapshot.Add("isMajor", "重大项目", YesNo(project.IsMajor));
        snapshot.Add("docksWithUpperLevelSystem", "对接上级系统", YesNo(project.DocksWithUpperLevelSystem));
        snapshot.Add("buildsDedicatedNetwork", "新建业务专网", YesNo(project.BuildsDedicatedNetwork));
        snapshot.Add("totalBudget", "总预算（元）", Amount(project.TotalBudget));
        snapshot.Add("yearBudgets", "年度预算", Join(project.YearBudgets.OrderBy(b => b.Year).Select(b => $"{b.Year}年 {Amount(b.Amount)}")));
        snapshot.Add("plannedCompletion", "计划完成日期", project.PlannedCompletion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "无");
        snapshot.Add("systemIds", "涉及的目录系统", Join(project.Systems.Select(s => systemNames.GetValueOrDefault(s.SystemId, s.SystemId.ToString())).Order()));
        snapshot.Add("needsNoCloud", "无需计算和存储资源", YesNo(project.NeedsNoCloud));
        snapshot.Add("cloudServiceCodes", "政务云服务", Join(project.CloudServices.Select(s => s.ServiceCode).Order()));
        snapshot.Add("dataSharing.sources", "数据来源", project.DataSharing.Sources);
        snapshot.Add("dataSharing.formats", "数据格式", project.DataSharing.Formats);
        snapshot.Add("dataSharing.updateFrequency", "更新频率", project.DataSharing.UpdateFrequency);
        snapshot.Add("dataSharing.sharing", "共享方式", project.DataSharing.Sharing);
        snapshot.Add("dataSharing.opening", "开放方式", project.DataSharing.Opening);
        snapshot.Add("dataSharing.sharesNothing", "不互联共享", YesNo(project.DataSharing.SharesNothing));
        snapshot.Add("coBuildingDepartments", "共建单位", await DepartmentNames.JoinAsync(db, [.. project.CoBuilders.Select(c => c.DepartmentCode).Order()], cancellationToken));
        snapshot.Add("protectionLevel", "等级保护级别", project.ProtectionLevel is { } level ? $"第{level}级" : "无");
        snapshot.Add("cryptographyPlan", "密码应用方案", project.CryptographyPlan ?? "无");
        snapshot.Add("coBuiltWithCity", "市县共建", YesNo(project.CoBuiltWithCity));
        snapshot.Add("municipalPartner", "市级共建单位", project.MunicipalPartner ?? "无");
        snapshot.Add("municipalShare", "市县分工", project.MunicipalShare ?? "无");
        return snapshot;
    }

    public IEnumerable<Change> Compare(ApplicationSnapshot after) =>
        fields.Zip(after.fields).Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => new Change(pair.First.Field, pair.First.Label, pair.First.Value, pair.Second.Value));

    private void Add(string field, string label, string value) => fields.Add((field, label, value));

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

    public sealed record Change(string Field, string Label, string Old, string New);
}
