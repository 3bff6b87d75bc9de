using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.AssessLoss;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Records the bureau's loss assessment; a serious loss is referred for accountability (art. 28).</summary>
public sealed class RecordLossAssessmentTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordLossAssessment";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new AssessLoss(context.OrderId(), context.Flag("seriousLoss"), context.Text("lossAssessment"), Actor(context)), cancellationToken);
        // Assessed: the next verification asks afresh.
        context.SetVariable("lossFound", false);
    }
}
