using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Funding;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding.Queries.GetPaymentLedger;

/// <summary>
/// A project's funding ledger: the approved budget (the ceiling, art. 13), what was requested and paid per fund,
/// and <see cref="BlockedBy"/>, the article that stops payments now (art. 13, 25 or 28), if any.
/// </summary>
public sealed record PaymentLedger(
    Guid ProjectId,
    decimal? ApprovedBudget,
    FundingStatus FundingStatus,
    string? FundingHoldReason,
    Problem? BlockedBy,
    decimal Disbursed,
    decimal Requested,
    decimal Remaining,
    IReadOnlyList<PaymentLedger.FundTotal> ByFund,
    IReadOnlyList<PaymentLedger.Entry> Entries)
{
    public sealed record FundTotal(PaymentFund Fund, decimal Requested, decimal Disbursed);

    public sealed record Entry(
        Guid Id, PaymentFund Fund, decimal Amount, string Purpose, PaymentStatus Status,
        DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DisbursedAt, string? DisbursedBy);
}
