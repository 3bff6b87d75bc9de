using Mediator;
using System.Globalization;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.SubmitChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>Registers the change request (art. 20) and tells the gateway whether the budget changes.</summary>
public sealed class SubmitChangeRequestTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "submitChangeRequest";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var completion = context.OptionalText("newPlannedCompletion");
        var request = await sender.Send(new SubmitChangeRequest(context.ProjectId(), context.Text("changeReason"), context.OptionalText("newScope"),
            context.OptionalNumber("newTotalBudget"),
            string.IsNullOrEmpty(completion) ? null : DateOnly.Parse(completion, CultureInfo.InvariantCulture), Actor(context)), cancellationToken);
        context.SetVariable("changeRequestId", request.Id);
        context.SetVariable("budgetChanged", request.ChangesBudget);
    }
}
