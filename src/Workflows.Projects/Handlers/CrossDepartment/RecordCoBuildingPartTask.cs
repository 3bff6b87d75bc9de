using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ConfirmCoBuildingPart;
using Workflows.Projects.Projects.Commands.DeclineCoBuildingPart;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>
/// Records one co-builder's part, or its refusal (<c>coBuildingDecision</c> = decline); <c>departmentCode</c> is the
/// multi-instance element variable, so it names the co-builder (arts. 6, 8).
/// </summary>
public sealed class RecordCoBuildingPartTask(ISender sender) : ProjectTaskHandler(sender)
{
    public const string Decline = "decline";

    public override string Name => "recordCoBuildingPart";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var departmentCode = context.Text("departmentCode");
        if (context.OptionalText("coBuildingDecision") == Decline)
            await sender.Send(new DeclineCoBuildingPart(context.ProjectId(), departmentCode, context.Text("coBuildingPart"), Actor(context)), cancellationToken);
        else
            await sender.Send(new ConfirmCoBuildingPart(context.ProjectId(), departmentCode, context.Text("coBuildingPart"), Actor(context)), cancellationToken);
        // The answer lands in the instance's variables, which every co-builder's form reads: recorded, it is cleared, so
        // the other co-builders' tasks (and the next round's) open blank rather than with this co-builder's answer.
        context.SetVariable<string?>("coBuildingDecision", null);
        context.SetVariable<string?>("coBuildingPart", null);
    }
}
