using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the digital government center's technical review (art. 5).</summary>
public sealed class RecordTechnicalReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordTechnicalReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("technicalDecision"));
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.TechnicalReview, decision, context.Text("technicalOpinion"), Actor(context)), cancellationToken);
    }
}
