namespace Workflows.Projects.Domain.Funding;

/// <summary>One line of a project's funding ledger: a payment request and, once finance pays it, its disbursement (art. 13).</summary>
public sealed class ProjectPayment
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public PaymentFund Fund { get; set; }
    public decimal Amount { get; set; }
    public string Purpose { get; set; } = "";
    public PaymentStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset? DisbursedAt { get; set; }
    public string? DisbursedBy { get; set; }
}
