namespace Workflows.Projects.Domain.Reviews;

/// <summary>One review of a project by one party, with its decision and opinion.</summary>
public sealed class ProjectReview
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ReviewStage Stage { get; set; }
    public ReviewDecision Decision { get; set; }
    public string Opinion { get; set; } = "";

    /// <summary>The amount the review settled on: the reviewed budget of art. 14.</summary>
    public decimal? Amount { get; set; }

    /// <summary>Recorded for the bureau review only (art. 11).</summary>
    public ReviewCriteria? Criteria { get; set; }
    public string Reviewer { get; set; } = "";
    public DateTimeOffset ReviewedAt { get; set; }
}
