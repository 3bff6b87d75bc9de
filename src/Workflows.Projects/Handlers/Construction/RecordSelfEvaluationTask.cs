using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.SubmitSelfEvaluation;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the yearly performance self-evaluation (art. 26).</summary>
public sealed class RecordSelfEvaluationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordSelfEvaluation";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new SubmitSelfEvaluation(context.ProjectId(), (int)context.Number("budgetYear"), context.Text("selfEvaluationSummary"), Actor(context)), cancellationToken);
    }
}
