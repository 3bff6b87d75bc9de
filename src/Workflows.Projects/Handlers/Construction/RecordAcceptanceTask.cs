using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Calendar;
using Workflows.Projects.Projects.Commands.RecordAcceptance;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the completion acceptance (arts. 23, 24) and sets <c>acceptanceReportDueAt</c> (art. 25).</summary>
public sealed class RecordAcceptanceTask(ISender sender, DeadlineVariables deadlines) : ProjectTaskHandler(sender)
{
    public override string Name => "recordAcceptance";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var due = await sender.Send(new RecordAcceptance(context.ProjectId(), context.Flag("dataSharedToPlatform"), context.Flag("secureAndControllable"),
            context.Text("acceptanceOpinion"), Actor(context)), cancellationToken);
        await context.SetDeadlineAsync(deadlines, "acceptanceReportDueAt", due, cancellationToken);
    }
}
