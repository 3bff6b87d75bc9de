using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Funding;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Funding.Commands.DisbursePayment;

/// <summary>Finance pays a requested payment (art. 13), unless the project is held (art. 25), suspended or terminated (art. 28).</summary>
public sealed record DisbursePayment(Guid ProjectId, Guid PaymentId, string? Actor = null) : ICommand<ProjectPayment>;

public sealed class DisbursePaymentHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<DisbursePayment, ProjectPayment>
{
    public async ValueTask<ProjectPayment> Handle(DisbursePayment command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var payment = await db.Set<ProjectPayment>().FirstOrDefaultAsync(p => p.Id == command.PaymentId && p.ProjectId == project.Id, cancellationToken)
            ?? throw NotFoundException.For("拨付申请 (payment)", command.PaymentId);
        if (payment.Status == PaymentStatus.Disbursed)
            throw new ConflictException(new Problem("status", "该笔资金已拨付 (the payment was already disbursed)"));
        PaymentRules.EnsureMoneyMayFlow(project);
        // The request itself is already counted in what was committed when it was made; the ceiling is checked against what was paid.
        var disbursed = (await db.Set<ProjectPayment>().Where(p => p.ProjectId == project.Id && p.Status == PaymentStatus.Disbursed)
            .Select(p => p.Amount).ToListAsync(cancellationToken)).Sum();
        PaymentRules.EnsureWithinApprovedBudget(project, disbursed, payment.Amount);

        var now = time.GetUtcNow();
        payment.Status = PaymentStatus.Disbursed;
        payment.DisbursedAt = now;
        payment.DisbursedBy = command.Actor ?? "";
        project.Record(now, command.Actor, "payment-disbursed", $"拨付{PaymentNames.Of(payment.Fund)} {payment.Amount:0.00} 元",
            new { payment.Id, Status = PaymentStatus.Requested }, new { payment.Id, payment.Status, payment.Amount });
        return payment;
    }
}
