using Mediator;
using Workflows.Engine.Execution;
using Workflows.Persistence.Projects.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the provincial and municipal budget review of a major project (art. 14).</summary>
public sealed class RecordMajorBudgetReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordMajorBudgetReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var opinion = $"核定预算 {context.Number("reviewedBudget")} 元。{context.Text("majorBudgetReviewOpinion")}";
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.MajorBudgetReview, ReviewDecision.Approve, opinion, Actor(context)), cancellationToken);
    }
}
