namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// Art. 29: the bureau's application-efficiency evaluation (应用成效评估) of a running system for a year: how it was evaluated
/// (document review, third-party assessment, public questionnaire), a score and conclusion per named dimension, who and when.
/// </summary>
public sealed class ApplicationEvaluation
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }
    public int Year { get; set; }
    public DateOnly EvaluatedOn { get; set; }

    /// <summary>The evaluator (评估人或评估单位).</summary>
    public string Evaluator { get; set; } = "";

    /// <summary>书面审查.</summary>
    public bool DocumentReview { get; set; }

    /// <summary>第三方评估: the agency, when one assessed the system.</summary>
    public string? ThirdParty { get; set; }

    /// <summary>公众问卷调查: how many answered, when a questionnaire was used.</summary>
    public int? QuestionnaireResponses { get; set; }

    /// <summary>The overall conclusion (总体结论).</summary>
    public string Conclusion { get; set; } = "";

    public List<ApplicationEvaluationScore> Scores { get; } = [];
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
