using System.Globalization;
using System.Text.Json;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Projects.Supervision.Changes;

/// <summary>A change request's fields as its form labels them (arts. 13, 20), to tell the bureau what a returned request's next round changed.</summary>
internal static class ChangeRequestSnapshot
{
    public static FieldSnapshot Of(ChangeRequest request) => new FieldSnapshot()
        .Add("changeReason", "变更原因", "Reason for the change", request.Reason)
        .Add("newScope", "变更后的建设内容", "Scope after the change", request.NewScope ?? "无", request.NewScope ?? "none")
        .Add("newTotalBudget", "变更后的总预算（元）", "Total budget after the change (CNY)",
            Amount(request.NewTotalBudget) ?? "无", Amount(request.NewTotalBudget) ?? "none")
        .Add("newYearBudgets", "变更后的各年度预算", "Yearly budgets after the change", YearBudgets(request, "{0}年 {1}", "、") ?? "无", YearBudgets(request, "{0}: {1}", ", ") ?? "none")
        .Add("newPlannedCompletion", "变更后的计划完成日期", "Planned completion date after the change",
            Date(request.NewPlannedCompletion) ?? "无", Date(request.NewPlannedCompletion) ?? "none")
        .Add("constructionConditionsChanged", "建设条件发生重大变化", "Construction conditions changed significantly",
            ConditionsChanged(request) ? "是" : "否", ConditionsChanged(request) ? "yes" : "no");

    // Changed construction conditions always make the change major, so its ground is the flag's only record.
    private static bool ConditionsChanged(ChangeRequest request) => request.MajorGrounds.Split(',').Contains(ChangeGrounds.Conditions);

    private static string? Amount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? YearBudgets(ChangeRequest request, string format, string separator) =>
        request.NewYearBudgets is { } json && JsonSerializer.Deserialize<List<YearBudget>>(json, YearBudgetJson.Options) is { Count: > 0 } years
            ? string.Join(separator, years.OrderBy(y => y.Year).Select(y => string.Format(CultureInfo.InvariantCulture, format, y.Year, Amount(y.Amount))))
            : null;
}
