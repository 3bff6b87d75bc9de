using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Planning.Commands.ReturnDepartmentPlan;

namespace Workflows.Projects.Handlers.Planning;

/// <summary>Art. 7: the county government does not approve the entries as consolidated and sends them back with its opinion.</summary>
public sealed class ReturnPlanFromCountyTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "returnPlanFromCounty";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new ReturnDepartmentPlan(context.PlanYear(), context.Department(),
            $"县人民政府退回：{context.Text("countyPlanOpinion")}"), cancellationToken);
}
