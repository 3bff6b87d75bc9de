using Workflows.Projects.Projects.Commands.RegisterProject;

namespace Workflows.Projects.Rules;

/// <summary>Art. 8: a project states its total budget and each year's budget, and the years add up to the total.</summary>
internal static class YearBudgetRule
{
    public static IEnumerable<string> Check(decimal totalBudget, IReadOnlyList<YearBudget> yearBudgets)
    {
        if (yearBudgets.Count == 0)
        {
            yield return "须列明各年度预算（第八条） (art. 8: state each year's budget)";
            yield break;
        }
        if (yearBudgets.Select(b => b.Year).Distinct().Count() != yearBudgets.Count)
            yield return "年度预算的年份重复（第八条） (art. 8: a year is listed twice)";
        if (yearBudgets.Any(b => b.Amount <= 0 || b.Year is < 2000 or > 2100))
            yield return "年度预算的年份或金额无效（第八条） (art. 8: a year budget has an invalid year or amount)";
        if (yearBudgets.Sum(b => b.Amount) != totalBudget)
            yield return "各年度预算之和须等于总预算（第八条） (art. 8: the year budgets must add up to the total budget)";
    }
}
