using Workflows.Runtime.Common;
using DashboardData = Workflows.Projects.Projects.Queries.GetDashboard.Dashboard;

namespace Workflows.Host.Dashboard;

/// <summary>Each table of the dashboard as CSV columns (Chinese headers, the users' language).</summary>
public static class DashboardTables
{
    public static readonly IReadOnlyList<string> Names = ["upcomingDeadlines", "overdueFilings", "fundingHolds", "byDepartment", "byStage"];

    public static byte[] ToCsv(DashboardData dashboard, string table) => table switch
    {
        "upcomingDeadlines" => CsvTable.Write(["项目ID", "项目名称", "事项", "截止时间", "剩余工作日"],
            dashboard.UpcomingDeadlines.Select(d => Row(d.ProjectId, d.ProjectName, d.Name, d.DueAt, d.WorkingDaysLeft))),
        "overdueFilings" => CsvTable.Write(["项目ID", "项目名称", "备案类型", "截止时间", "部门"],
            dashboard.OverdueFilings.Select(f => Row(f.ProjectId, f.ProjectName, f.Kind, f.DueAt, f.DepartmentName))),
        "fundingHolds" => CsvTable.Write(["项目ID", "项目名称", "资金状态", "原因"],
            dashboard.FundingHolds.Select(h => Row(h.ProjectId, h.ProjectName, h.FundingStatus, h.Reason))),
        "byDepartment" => CsvTable.Write(["部门代码", "部门名称", "项目数", "待办任务", "逾期任务"],
            dashboard.ByDepartment.Select(d => Row(d.DepartmentCode, d.DepartmentName, d.Projects, d.OpenTasks, d.Overdue))),
        "byStage" => CsvTable.Write(["阶段", "项目数"], dashboard.ByStage.Select(s => Row(s.Stage, s.Count))),
        _ => throw new InvalidRequestException($"未知的表 {table}，可选：{string.Join(", ", Names)} (unknown table)"),
    };

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
