using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Calendar;
using Workflows.Projects.Projects.Commands.RecordContractSigned;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the signed contract and sets <c>contractFilingDueAt</c> (art. 18: 5 working days from the signing date entered).</summary>
public sealed class RecordContractSignedTask(ISender sender, DeadlineVariables deadlines) : ProjectTaskHandler(sender)
{
    public override string Name => "recordContractSigned";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var due = await sender.Send(new RecordContractSigned(context.ProjectId(), context.Text("contractNumber"), context.Number("contractAmount"),
            context.Flag("deliverablesAgreed"), context.Date("contractSignedOn"), Actor(context)), cancellationToken);
        await context.SetDeadlineAsync(deadlines, "contractFilingDueAt", due, cancellationToken);
    }
}
