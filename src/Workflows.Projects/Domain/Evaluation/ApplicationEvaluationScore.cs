namespace Workflows.Projects.Domain.Evaluation;

/// <summary>One dimension of an application-efficiency evaluation (art. 29): its score out of 100 and its conclusion.</summary>
public sealed class ApplicationEvaluationScore
{
    public EvaluationDimension Dimension { get; set; }
    public int Score { get; set; }
    public string Conclusion { get; set; } = "";
}
