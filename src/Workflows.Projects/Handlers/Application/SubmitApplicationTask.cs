using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.SubmitApplication;

namespace Workflows.Projects.Handlers.Application;

/// <summary>Checks the application against arts. 8-12 and hands the plan and major-project flags to the gateways.</summary>
public sealed class SubmitApplicationTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "submitApplication";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var submitted = await sender.Send(new SubmitApplication(context.ProjectId(), Actor(context)), cancellationToken);
        context.SetVariable("projectCode", submitted.ProjectCode);
        context.SetVariable("inAnnualPlan", submitted.InAnnualPlan);
        context.SetVariable("major", submitted.IsMajor);
    }
}
