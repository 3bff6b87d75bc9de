using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.DecideDedicatedNetwork;

namespace Workflows.Projects.Handlers.DedicatedNetwork;

/// <summary>Records the bureau's consent or refusal on the project (art. 11).</summary>
public sealed class RecordNetworkDecisionTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordNetworkDecision";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("networkDecision"));
        await sender.Send(new DecideDedicatedNetwork(context.ProjectId(), decision, context.Text("networkOpinion"), Actor(context)), cancellationToken);
    }
}
