using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.DecideChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>Records the bureau's evaluation and opinion (art. 20).</summary>
public sealed class RecordChangeEvaluationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordChangeEvaluation";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DecideChangeRequest(context.ChangeRequestId(), ChangeReviewer.Bureau, Decisions.Parse(context.Text("changeDecision")),
            context.Text("changeOpinion"), Actor(context)), cancellationToken);
    }
}
