using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Common;
using Workflows.Runtime.Calendar;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Supervision.Commands.IssueRectificationOrder;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Registers the order and sets <c>rectificationDueAt</c> (art. 28).</summary>
public sealed class IssueRectificationOrderTask(ISender sender, ProjectDeadlines projectDeadlines, DeadlineVariables deadlines) : ProjectTaskHandler(sender)
{
    public override string Name => "issueRectificationOrder";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var reason = Enum.TryParse<RectificationReason>(context.Text("rectificationReason"), out var parsed) ? parsed : (RectificationReason)(-1);
        var order = await sender.Send(new IssueRectificationOrder(context.ProjectId(), reason, context.Text("rectificationDescription"),
            (int)context.Number("limitWorkingDays"), Actor(context)), cancellationToken);
        context.SetVariable("rectificationOrderId", order.Id);
        context.SetVariable("paymentsSuspended", false);
        // The order's limit counted again from its date on the same calendar: the basis of the variable.
        await context.SetDeadlineAsync(deadlines, "rectificationDueAt", projectDeadlines.Count(order.OrderedAt, order.LimitWorkingDays), cancellationToken);
    }
}
