using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Planning.Commands.PublishDepartmentPlan;

namespace Workflows.Projects.Handlers.Planning;

/// <summary>Art. 7: the county government approved the consolidated entries; they are published in the annual plan.</summary>
public sealed class PublishDepartmentPlanTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "publishDepartmentPlan";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new PublishDepartmentPlan(context.PlanYear(), context.Department()), cancellationToken);
}
