using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Planning.Commands.ReturnDepartmentPlan;

namespace Workflows.Projects.Handlers.Planning;

/// <summary>Art. 7: the bureau's consolidation sends the submission back to the department with its opinion.</summary>
public sealed class ReturnPlanFromBureauTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "returnPlanFromBureau";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new ReturnDepartmentPlan(context.PlanYear(), context.Department(),
            $"主管部门退回：{context.Text("consolidationOpinion")}"), cancellationToken);
}
