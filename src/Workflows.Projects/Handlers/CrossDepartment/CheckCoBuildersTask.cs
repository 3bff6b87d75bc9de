using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ReviewCoBuildingParts;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>Whether every co-builder confirmed its part (<c>coBuildersAgreed</c>); if one declined, who and why go to the lead's task.</summary>
public sealed class CheckCoBuildersTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "checkCoBuilders";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var parts = await sender.Send(new ReviewCoBuildingParts(context.ProjectId(), Actor: Actor(context)), cancellationToken);
        context.SetVariable("coBuildersAgreed", parts.Agreed);
        if (!parts.Agreed)
        {
            context.SetVariable("returnedByLabel", parts.DeclinedBy ?? "");
            context.SetVariable("returnReason", parts.Reason ?? "");
        }
    }
}
