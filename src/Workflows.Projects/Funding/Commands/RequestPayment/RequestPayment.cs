using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding.Commands.RequestPayment;

/// <summary>
/// A payment request of construction or O&amp;M money (art. 13); finance may record it as paid at once
/// (<paramref name="Disbursed"/>). Refused while the project is held (art. 25), suspended or terminated (art. 28),
/// and beyond the approved budget (art. 13); no O&amp;M money to a project that shares nothing without the bureau's exception (art. 11)
/// nor for a system the bureau retired (art. 10).
/// </summary>
public sealed record RequestPayment(Guid ProjectId, PaymentFund Fund, decimal Amount, string Purpose, bool Disbursed, string? Actor = null)
    : ICommand<ProjectPayment>;

public sealed class RequestPaymentHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RequestPayment, ProjectPayment>
{
    public async ValueTask<ProjectPayment> Handle(RequestPayment command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        PaymentRules.EnsureMoneyMayFlow(project);
        if (command.Fund == PaymentFund.Operation && SharingRule.Check(project, "不予拨付运维资金") is { } unshared)
            throw new ConflictException(unshared);
        if (command.Fund == PaymentFund.Operation && CatalogueRule.RetiredForOperations(await SystemsOfAsync(project, cancellationToken)) is { } retired)
            throw new ConflictException(retired);
        // Open requests count too: what was asked for and not yet paid is already promised against the budget.
        var committed = (await db.Set<ProjectPayment>().Where(p => p.ProjectId == project.Id).Select(p => p.Amount).ToListAsync(cancellationToken)).Sum();
        PaymentRules.EnsureWithinApprovedBudget(project, committed, command.Amount);

        var now = time.GetUtcNow();
        var payment = new ProjectPayment
        {
            Id = Guid.CreateVersion7(now), ProjectId = project.Id, Fund = command.Fund, Amount = command.Amount, Purpose = command.Purpose.Trim(),
            Status = command.Disbursed ? PaymentStatus.Disbursed : PaymentStatus.Requested, RequestedAt = now, RequestedBy = command.Actor ?? "",
            DisbursedAt = command.Disbursed ? now : null, DisbursedBy = command.Disbursed ? command.Actor ?? "" : null,
        };
        db.Add(payment);
        project.Record(now, command.Actor, command.Disbursed ? "payment-disbursed" : "payment-requested",
            $"{(command.Disbursed ? "拨付" : "申请拨付")}{PaymentNames.Of(command.Fund)} {command.Amount:0.00} 元",
            newValues: new { PaymentId = payment.Id, command.Fund, command.Amount, payment.Purpose, payment.Status });
        return payment;
    }

    private async Task<List<InformationSystem>> SystemsOfAsync(Project project, CancellationToken cancellationToken)
    {
        var ids = project.Systems.Select(s => s.SystemId).ToList();
        return await db.Set<InformationSystem>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
    }
}
