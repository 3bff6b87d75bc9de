using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RecordSpotCheck;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records finance's spot check of a sampled self-evaluation (art. 27) and sets <c>nextSelfEvaluationAt</c> (art. 26).</summary>
public sealed class RecordSpotCheckTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordSpotCheck";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        // Art. 27: the draw decides what is checked, so a spot check always records its result.
        var next = await sender.Send(new RecordSpotCheck(context.ProjectId(), (int)context.Number("budgetYear"), SpotChecked: true,
            context.OptionalText("spotCheckResult"), Actor(context)), cancellationToken);
        // Instances of new-project's earlier versions still wait for the next budget year on this variable.
        context.SetVariable("nextSelfEvaluationAt", next);
    }
}
