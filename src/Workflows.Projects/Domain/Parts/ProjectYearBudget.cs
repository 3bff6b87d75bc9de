namespace Workflows.Projects.Domain.Parts;

/// <summary>One year's budget of a multi-year project (art. 8).</summary>
public sealed class ProjectYearBudget
{
    public Guid ProjectId { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
}
