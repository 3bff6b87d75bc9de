using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ConfirmCoBuildingPart;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>Records one co-builder's part; <c>departmentCode</c> is the multi-instance element variable, so it names the co-builder (arts. 6, 8).</summary>
public sealed class RecordCoBuildingPartTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordCoBuildingPart";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmCoBuildingPart(context.ProjectId(), context.Text("departmentCode"), context.Text("coBuildingPart"), Actor(context)), cancellationToken);
    }
}
