using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ReviewCoBuildingParts;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>After the lead revised the plan: the co-builders of the revised application (<c>coBuildingDepartments</c>) confirm their parts again.</summary>
public sealed class RefreshCoBuildersTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "refreshCoBuilders";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var parts = await sender.Send(new ReviewCoBuildingParts(context.ProjectId(), Restart: true, Actor: Actor(context)), cancellationToken);
        context.SetVariable("coBuildingDepartments", parts.DepartmentCodes);
    }
}
