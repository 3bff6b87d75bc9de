using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.RequestDedicatedNetwork;

namespace Workflows.Projects.Handlers.DedicatedNetwork;

/// <summary>
/// Registers the request; without a legal basis it goes back to the department (art. 11). A request the bureau returned
/// comes back with what the department changed (<see cref="RevisionChanges"/>).
/// </summary>
public sealed class RequestDedicatedNetworkTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "requestDedicatedNetwork";

    protected override bool ReportsViolations => true;

    // The request of this round, which the next round (after a return) compares itself with.
    private const string RequestId = "networkRequestId";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var requested = await sender.Send(new RequestDedicatedNetwork(context.ProjectId(), context.Text("legalBasis"), context.Text("justification"), Actor(context),
            Guid.TryParse(context.OptionalText(RequestId), out var previous) ? previous : null), cancellationToken);
        context.SetVariable(RequestId, requested.Id);
        if (requested.Changes is { } changes)
            RevisionChanges.Set(context, changes);
        // A request the bureau returned comes back to a review with no decision taken yet.
        ClearAnswers(context, "networkDecision", "networkOpinion");
    }
}
