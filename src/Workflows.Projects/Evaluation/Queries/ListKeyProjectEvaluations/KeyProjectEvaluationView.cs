using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListKeyProjectEvaluations;

/// <summary>Art. 27: a project finance marked key for a year, why, and its evaluation's outcome once recorded.</summary>
public sealed record KeyProjectEvaluationView(
    Guid Id,
    Guid ProjectId,
    string ProjectCode,
    string ProjectName,
    string DepartmentCode,
    int Year,
    string Reason,
    KeyProjectEvaluationStatus Status,
    string MarkedBy,
    DateTimeOffset MarkedAt,
    string? WithdrawalReason,
    DateTimeOffset? WithdrawnAt,
    PerformanceGrade? Grade,
    decimal? Score,
    string? Conclusion,
    string? Problems,
    string? Recommendations,
    string? Evaluator,
    Guid? ReportDocumentId,
    string? EvaluatedBy,
    DateTimeOffset? EvaluatedAt);
