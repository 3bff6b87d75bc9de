namespace Workflows.Projects.Domain.Evaluation;

/// <summary>
/// Art. 27: one draw of finance over the self-evaluations of a budget year not yet in a draw: the share asked for, the seed
/// that makes the pick reproducible (see <c>EvaluationSampling</c>), who drew and when.
/// </summary>
public sealed class EvaluationSample
{
    public Guid Id { get; set; }
    public int BudgetYear { get; set; }

    /// <summary>The share of the candidates picked, 0 &lt; share ≤ 1; at least one when there are candidates.</summary>
    public decimal Share { get; set; }

    public int Seed { get; set; }
    public int Candidates { get; set; }
    public int Picked { get; set; }
    public string DrawnBy { get; set; } = "";
    public DateTimeOffset DrawnAt { get; set; }
}
