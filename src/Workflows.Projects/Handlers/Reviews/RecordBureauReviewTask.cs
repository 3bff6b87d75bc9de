using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.RecordBureauReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the five criteria of art. 11 and the bureau's decision; an approval that misses a criterion goes back to the bureau.</summary>
public sealed class RecordBureauReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordBureauReview";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var criteria = new ReviewCriteria
        {
            NeedReasonable = context.Flag("needReasonable"),
            IntensiveConstruction = context.Flag("intensiveConstruction"),
            PlanFeasible = context.Flag("planFeasible"),
            BudgetReasonable = context.Flag("budgetReasonable"),
            PerformanceTargetsReasonable = context.Flag("performanceTargetsReasonable"),
        };
        var decision = Decisions.Parse(context.Text("reviewDecision"));
        await sender.Send(new RecordBureauReview(context.ProjectId(), criteria, decision, context.Text("reviewOpinion"), Actor(context)), cancellationToken);
    }
}
