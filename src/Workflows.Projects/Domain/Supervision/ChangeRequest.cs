namespace Workflows.Projects.Domain.Supervision;

/// <summary>An adjustment request of art. 20: the new values proposed; null means unchanged.</summary>
public sealed class ChangeRequest
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public string Reason { get; set; } = "";
    public string? NewScope { get; set; }
    public decimal? NewTotalBudget { get; set; }
    public DateOnly? NewPlannedCompletion { get; set; }

    /// <summary>The new yearly split when the total budget changes (JSON array of <c>{year, amount}</c>), summing to the new total (art. 8).</summary>
    public string? NewYearBudgets { get; set; }

    /// <summary>重大变更: needs the bureau's evaluation (and finance's, for the budget); a minor change is recorded with the bureau informed.</summary>
    public bool IsMajor { get; set; }

    /// <summary>Why the change is major, comma-separated: <c>scope</c>, <c>budget</c>, <c>schedule</c>, <c>conditions</c>.</summary>
    public string MajorGrounds { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public RequestStatus Status { get; set; }
    public string? BureauOpinion { get; set; }
    public string? FinanceOpinion { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public bool ChangesBudget => NewTotalBudget is not null;
}
