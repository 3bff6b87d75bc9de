using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Queries.GetAnnualPlan;

/// <summary>An entry of the annual plan with the project that carries it out, if one is registered.</summary>
public sealed record PlanEntryItem(
    Guid Id, int Year, string DepartmentCode, string DepartmentName, string Name, string Description, decimal EstimatedBudget,
    PlanEntryStatus Status, string? ReturnReason, DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt, Guid? ProjectId, string? ProjectCode);
