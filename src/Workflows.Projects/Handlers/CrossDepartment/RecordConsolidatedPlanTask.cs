using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RecordConsolidatedPlan;

namespace Workflows.Projects.Handlers.CrossDepartment;

/// <summary>Records the lead department's overall plan (arts. 6, 8).</summary>
public sealed class RecordConsolidatedPlanTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordConsolidatedPlan";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordConsolidatedPlan(context.ProjectId(), context.Text("leadPart"), context.Text("consolidatedPlan"),
            context.Text("sharingRequirements"), Actor(context)), cancellationToken);
    }
}
