using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.RequestDedicatedNetwork;

namespace Workflows.Projects.Handlers.DedicatedNetwork;

/// <summary>Registers the request; without a legal basis it goes back to the department (art. 11).</summary>
public sealed class RequestDedicatedNetworkTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "requestDedicatedNetwork";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RequestDedicatedNetwork(context.ProjectId(), context.Text("legalBasis"), context.Text("justification"), Actor(context)), cancellationToken);
        // A request the bureau returned comes back to a review with no decision taken yet.
        ClearAnswers(context, "networkDecision", "networkOpinion");
    }
}
