using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Planning.Commands.SubmitDepartmentPlan;

namespace Workflows.Projects.Handlers.Planning;

/// <summary>Art. 7: sends the department's entries of the year to the bureau; with none to send the department is asked again.</summary>
public sealed class SubmitDepartmentPlanTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "submitDepartmentPlan";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken) =>
        context.SetVariable("planEntryCount", await sender.Send(new SubmitDepartmentPlan(context.PlanYear(), context.Department()), cancellationToken));
}
