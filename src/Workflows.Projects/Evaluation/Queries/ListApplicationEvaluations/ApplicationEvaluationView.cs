using Workflows.Projects.Domain.Evaluation;

namespace Workflows.Projects.Evaluation.Queries.ListApplicationEvaluations;

/// <summary>Art. 29: an application-efficiency evaluation of a system, with how it was done and its score per dimension.</summary>
public sealed record ApplicationEvaluationView(
    Guid Id, Guid SystemId, string SystemName, string DepartmentCode, int Year, DateOnly EvaluatedOn, string Evaluator,
    bool DocumentReview, string? ThirdParty, int? QuestionnaireResponses, string Conclusion,
    IReadOnlyList<ApplicationEvaluationView.Score> Scores, string RecordedBy, DateTimeOffset RecordedAt)
{
    public sealed record Score(EvaluationDimension Dimension, int Value, string Conclusion);
}
