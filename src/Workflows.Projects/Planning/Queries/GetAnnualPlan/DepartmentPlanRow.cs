using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Planning.Queries.GetAnnualPlan;

/// <summary>Where one department's plan of the year stands: <see cref="PlanSubmission.None"/> is a department that has not reported.</summary>
public sealed record DepartmentPlanRow(string Code, string Name, DepartmentKind Kind, PlanSubmission Submission, int Entries, decimal EstimatedTotal);
