using Mediator;
using Workflows.Engine.Execution;
using Workflows.Persistence.Projects.Reviews;
using Workflows.Projects.Projects.Commands.RecordReview;

namespace Workflows.Projects.Handlers.Reviews;

/// <summary>Records the approval bureau's check of the four application documents (art. 8).</summary>
public sealed class RecordMaterialReviewTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordMaterialReview";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = Decisions.Parse(context.Text("materialDecision"));
        await sender.Send(new RecordReview(context.ProjectId(), ReviewStage.MaterialReview, decision, context.Text("materialOpinion"), Actor(context)), cancellationToken);
    }
}
