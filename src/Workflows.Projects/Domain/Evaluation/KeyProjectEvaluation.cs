namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// Art. 27: finance marks a project as a key project (重点项目) of a year, with its reason, and organises its performance
/// evaluation (<c>key-project-evaluation</c>); the evaluation's outcome is recorded here. One per project and year: marked again
/// after finance unmarked it, the same row opens again.
/// </summary>
public sealed class KeyProjectEvaluation
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The year of finance's key-project evaluations the project is marked for.</summary>
    public int Year { get; set; }

    /// <summary>Why finance marks the project key (large budget, public concern, …).</summary>
    public string Reason { get; set; } = "";

    public KeyProjectEvaluationStatus Status { get; set; }
    public string MarkedBy { get; set; } = "";
    public DateTimeOffset MarkedAt { get; set; }

    /// <summary>The running or finished <c>key-project-evaluation</c> instance of the latest marking.</summary>
    public Guid? InstanceId { get; set; }

    public string? WithdrawalReason { get; set; }
    public string? WithdrawnBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The agency finance commissioned (评价机构), where it did not evaluate itself.</summary>
    public string? Evaluator { get; set; }

    public PerformanceGrade? Grade { get; set; }

    /// <summary>The score out of 100, where the evaluation gives one; it agrees with <see cref="Grade"/>.</summary>
    public decimal? Score { get; set; }

    public string? Conclusion { get; set; }
    public string? Problems { get; set; }
    public string? Recommendations { get; set; }

    /// <summary>The evaluation report (a project document of kind <c>KeyProjectEvaluationReport</c>) on file.</summary>
    public Guid? ReportDocumentId { get; set; }

    public string? EvaluatedBy { get; set; }
    public DateTimeOffset? EvaluatedAt { get; set; }
}
