namespace Workflows.Projects.Planning.Queries.GetAnnualPlan;

/// <summary>A year's annual plan: its entries, each department's submission, and the published total.</summary>
public sealed record AnnualPlan(int Year, IReadOnlyList<PlanEntryItem> Entries, IReadOnlyList<DepartmentPlanRow> Departments, decimal PublishedTotal);
