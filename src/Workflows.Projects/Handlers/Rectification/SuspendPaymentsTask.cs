using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Calendar;
using Workflows.Projects.Supervision.Commands.SuspendPayments;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Suspends payments and starts the second limit in <c>rectificationDueAt</c> (art. 28).</summary>
public sealed class SuspendPaymentsTask(ISender sender, DeadlineVariables deadlines) : ProjectTaskHandler(sender)
{
    public override string Name => "suspendPayments";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var due = await sender.Send(new SuspendPayments(context.OrderId(), (int)context.Number("secondLimitWorkingDays"), Actor(context)), cancellationToken);
        await context.SetDeadlineAsync(deadlines, "rectificationDueAt", due, cancellationToken);
        // A loss assessed during the second round returns to the second verification's outcome.
        context.SetVariable("paymentsSuspended", true);
        // The second report is a new one: a refusal or report of the first round is not this round's answer.
        ClearAnswers(context, "rectificationReport", "rectificationRefused");
    }
}
