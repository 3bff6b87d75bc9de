using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.DecideChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>Records finance's answer on a budget change (arts. 13, 20).</summary>
public sealed class RecordFinanceChangeReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordFinanceChangeReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DecideChangeRequest(context.ChangeRequestId(), ChangeReviewer.Finance, Decisions.Parse(context.Text("financeDecision")),
            context.Text("financeOpinion"), Actor(context)), cancellationToken);
    }
}
