using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RecordSpotCheck;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records finance's spot check (art. 27) and sets <c>nextSelfEvaluationAt</c> (art. 26).</summary>
public sealed class RecordSpotCheckTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordSpotCheck";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var next = await sender.Send(new RecordSpotCheck(context.ProjectId(), (int)context.Number("budgetYear"), context.Flag("spotChecked"),
            context.OptionalText("spotCheckResult"), Actor(context)), cancellationToken);
        context.SetVariable("nextSelfEvaluationAt", next);
    }
}
