using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RecordMajorBudgetReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the provincial and municipal budget review of a major project as decided (art. 14): approve, reduce or reject; 退回修改 sends the application back to the department.</summary>
public sealed class RecordMajorBudgetReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordMajorBudgetReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("majorBudgetDecision"));
        await sender.Send(new RecordMajorBudgetReview(context.ProjectId(), decision, context.OptionalNumber("reviewedBudget"),
            context.Text("majorBudgetReviewOpinion"), Actor(context)), cancellationToken);
    }
}
