namespace Workflows.Projects.Domain.Construction;

/// <summary>A yearly performance self-evaluation (art. 26) and finance's spot check of it (art. 27).</summary>
public sealed class SelfEvaluation
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int BudgetYear { get; set; }
    public string Summary { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string SubmittedBy { get; set; } = "";
    public bool SpotChecked { get; set; }
    public string? SpotCheckResult { get; set; }
    public DateTimeOffset? SpotCheckedAt { get; set; }
}
