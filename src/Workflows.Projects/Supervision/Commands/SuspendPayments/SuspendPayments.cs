using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Supervision.Commands.SuspendPayments;

/// <summary>Refusal, non-compliance or a passed limit suspends construction and O&amp;M payments and sets a second limit (art. 28).</summary>
public sealed record SuspendPayments(Guid OrderId, int SecondLimitWorkingDays, string? Actor = null) : ICommand<CountedDeadline>;

public sealed class SuspendPaymentsHandler(WorkflowsDbContext db, ProjectDeadlines deadlines) : ICommandHandler<SuspendPayments, CountedDeadline>
{
    public async ValueTask<CountedDeadline> Handle(SuspendPayments command, CancellationToken cancellationToken)
    {
        var (order, project) = await db.LoadOpenOrderAsync(command.OrderId, cancellationToken);
        if (order.Status != RectificationStatus.Open)
            throw new ConflictException("本整改通知已暂停拨付 (payments are already suspended for this order)");
        var now = deadlines.Now;
        var old = new { project.FundingStatus, project.FundingHoldReason, order.DueAt };
        order.Status = RectificationStatus.PaymentsSuspended;
        var due = deadlines.Count(now, command.SecondLimitWorkingDays);
        order.DueAt = due.DueAt;
        project.FundingStatus = FundingStatus.Suspended;
        project.FundingHoldReason = "拒不整改或整改不到位，暂停拨付建设和运维资金（第二十八条）";
        project.Record(now, command.Actor, "payments-suspended", $"暂停拨付资金，{order.DueAt:yyyy-MM-dd} 前再次整改（第二十八条）", old,
            new { project.FundingStatus, project.FundingHoldReason, order.DueAt });
        return due;
    }
}
