namespace Workflows.Projects.Domain.Construction;

/// <summary>
/// Art. 19: the department's regular review of spending during construction, one per quarter: what has been spent in all
/// by the end of the quarter, against the approved budget.
/// </summary>
public sealed class SpendingReport
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public int Year { get; set; }

    /// <summary>1-4.</summary>
    public int Quarter { get; set; }

    /// <summary>累计支出: spent in all by the end of the quarter (yuan).</summary>
    public decimal SpentToDate { get; set; }

    /// <summary>The approved budget when the report was made, kept so that a later change request does not rewrite it.</summary>
    public decimal ApprovedBudget { get; set; }

    public string Note { get; set; } = "";
    public DateTimeOffset ReportedAt { get; set; }
    public string ReportedBy { get; set; } = "";
}
