using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ReportProgress;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records a construction progress report (art. 20).</summary>
public sealed class RecordProgressTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordProgress";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ReportProgress(context.ProjectId(), (int)context.Number("percentComplete"), context.Text("progressSummary"), Actor(context)), cancellationToken);
    }
}
