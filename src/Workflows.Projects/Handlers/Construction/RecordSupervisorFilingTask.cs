using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.FileSupervisor;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the supervisor filing (art. 21).</summary>
public sealed class RecordSupervisorFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordSupervisorFiling";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new FileSupervisor(context.ProjectId(), context.Text("supervisorName"), context.Text("supervisorSelection"),
            context.OptionalText("supervisorFilingNote") ?? "", Actor(context)), cancellationToken);
    }
}
