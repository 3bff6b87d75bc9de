using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.OpenChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>Refuses to start a change request for a project that cannot have one now (art. 20).</summary>
public sealed class OpenChangeRequestTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "openChangeRequest";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new OpenChangeRequest(context.ProjectId(), context.InstanceId), cancellationToken);
    }
}
