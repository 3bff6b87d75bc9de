using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.RecordProcurement;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the procurement once the budget review report is on file (arts. 14, 16).</summary>
public sealed class RecordProcurementTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordProcurement";

    protected override bool ReportsViolations => true;

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordProcurement(context.ProjectId(), context.Text("procurementMethod"), context.Text("builderName"), Actor(context)), cancellationToken);
    }
}
