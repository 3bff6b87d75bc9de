using Mediator;
using Workflows.Engine.Execution;
using Workflows.Persistence.Projects.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the provincial and municipal budget review of a major project (art. 14); 退回修改 sends the application back to the department.</summary>
public sealed class RecordMajorBudgetReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordMajorBudgetReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("majorBudgetDecision"));
        var opinion = $"核定预算 {context.Number("reviewedBudget")} 元。{context.Text("majorBudgetReviewOpinion")}";
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.MajorBudgetReview, decision, opinion, Actor(context)), cancellationToken);
    }
}
