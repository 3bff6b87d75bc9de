using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Reviews;
using Workflows.Runtime.Calendar;
using Workflows.Projects.Projects.Commands.RecordAcceptance;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>
/// Records the completion acceptance as decided (pass, rework, fail; arts. 22-24) and, on a pass, sets
/// <c>acceptanceReportDueAt</c> counted from the acceptance date entered (art. 25).
/// </summary>
public sealed class RecordAcceptanceTask(ISender sender, DeadlineVariables deadlines) : ProjectTaskHandler(sender)
{
    public override string Name => "recordAcceptance";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var decision = context.Text("acceptanceDecision") switch
        {
            "pass" => ReviewDecision.Approve,
            "rework" => ReviewDecision.Return,
            "fail" => ReviewDecision.Reject,
            var other => throw new InputRejectedException("acceptanceDecision", $"验收结论须为通过、整改或不通过，而不是“{other}” (pass, rework or fail)"),
        };
        var due = await sender.Send(new RecordAcceptance(context.ProjectId(), decision, context.Flag("dataSharedToPlatform"), context.Flag("secureAndControllable"),
            context.Date("acceptedOn"), context.Text("acceptanceOpinion"), Actor(context)), cancellationToken);
        if (due is not null)
            await context.SetDeadlineAsync(deadlines, "acceptanceReportDueAt", due, cancellationToken);
    }
}
