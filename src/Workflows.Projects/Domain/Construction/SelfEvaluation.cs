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

    /// <summary>Art. 27: the draw of finance that had this self-evaluation among its candidates, if one did.</summary>
    public Guid? SampleId { get; set; }

    /// <summary>Art. 27: the draw picked this self-evaluation for finance's spot check.</summary>
    public bool Sampled { get; set; }
}
