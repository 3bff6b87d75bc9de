namespace Workflows.Projects.Evaluation.Queries.ListOverdueSelfEvaluations;

/// <summary>Art. 26: a budget year's self-evaluation whose task is past its due date and still open.</summary>
public sealed record OverdueSelfEvaluation(
    Guid TaskId, Guid ProjectId, string ProjectCode, string ProjectName, string DepartmentCode, int BudgetYear,
    DateTimeOffset OpenedAt, DateTimeOffset DueAt);
