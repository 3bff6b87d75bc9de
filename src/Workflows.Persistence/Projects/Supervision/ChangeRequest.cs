namespace Workflows.Persistence.Projects.Supervision;

/// <summary>An adjustment request of art. 20: the new values proposed; null means unchanged.</summary>
public sealed class ChangeRequest
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public string Reason { get; set; } = "";
    public string? NewScope { get; set; }
    public decimal? NewTotalBudget { get; set; }
    public DateOnly? NewPlannedCompletion { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public RequestStatus Status { get; set; }
    public string? BureauOpinion { get; set; }
    public string? FinanceOpinion { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    public bool ChangesBudget => NewTotalBudget is not null;
}
