using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the bureau's pre-review of a project outside the annual plan (art. 11).</summary>
public sealed class RecordPreReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordPreReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("preReviewDecision"));
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.PreReview, decision, context.Text("preReviewOpinion"), Actor(context)), cancellationToken);
    }
}
