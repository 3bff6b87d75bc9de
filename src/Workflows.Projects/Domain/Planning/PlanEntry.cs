namespace Workflows.Projects.Domain.Planning;

/// <summary>
/// A project a department plans for a year, as it stands in that year's annual plan (年度计划, art. 7): drafted and submitted by
/// the department, consolidated by the bureau, approved by the county government and then published. Registration links a
/// project to its published entry; a project without one is outside the plan (art. 11).
/// </summary>
public sealed class PlanEntry
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public string DepartmentCode { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>What the project is to build and why (建设内容及必要性).</summary>
    public string Description { get; set; } = "";

    public decimal EstimatedBudget { get; set; }
    public PlanEntryStatus Status { get; set; }

    /// <summary>Why the bureau or the county government sent the submission back, while it is returned.</summary>
    public string? ReturnReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
