using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Funding;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding.Queries.GetPaymentLedger;

public sealed record GetPaymentLedger(Guid ProjectId) : IQuery<PaymentLedger>;

public sealed class GetPaymentLedgerHandler(WorkflowsDbContext db) : IQueryHandler<GetPaymentLedger, PaymentLedger>
{
    public async ValueTask<PaymentLedger> Handle(GetPaymentLedger query, CancellationToken cancellationToken)
    {
        var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.ProjectId, cancellationToken)
            ?? throw NotFoundException.For("项目 (project)", query.ProjectId);
        // Amounts are summed here: SQLite cannot add decimals in SQL, and one project's ledger is short.
        var entries = await db.Set<ProjectPayment>().AsNoTracking().Where(p => p.ProjectId == project.Id).ToListAsync(cancellationToken);
        entries = [.. entries.OrderBy(p => p.RequestedAt).ThenBy(p => p.Id)];
        var disbursed = entries.Where(p => p.Status == PaymentStatus.Disbursed).Sum(p => p.Amount);
        var requested = entries.Where(p => p.Status == PaymentStatus.Requested).Sum(p => p.Amount);
        return new PaymentLedger(
            project.Id, project.ApprovedBudget, project.FundingStatus, project.FundingHoldReason, PaymentRules.Blocker(project),
            disbursed, requested, Math.Max(0m, (project.ApprovedBudget ?? 0m) - disbursed - requested),
            [.. Enum.GetValues<PaymentFund>().Select(fund => new PaymentLedger.FundTotal(fund,
                entries.Where(p => p.Fund == fund && p.Status == PaymentStatus.Requested).Sum(p => p.Amount),
                entries.Where(p => p.Fund == fund && p.Status == PaymentStatus.Disbursed).Sum(p => p.Amount)))],
            [.. entries.Select(p => new PaymentLedger.Entry(p.Id, p.Fund, p.Amount, p.Purpose, p.Status, p.RequestedAt, p.RequestedBy, p.DisbursedAt, p.DisbursedBy))]);
    }
}
