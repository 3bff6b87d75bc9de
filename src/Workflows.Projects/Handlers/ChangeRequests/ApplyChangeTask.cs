using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.ApplyChangeRequest;

namespace Workflows.Projects.Handlers.ChangeRequests;

/// <summary>Adjusts the project; its history keeps the old values (art. 20).</summary>
public sealed class ApplyChangeTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "applyChange";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ApplyChangeRequest(context.ChangeRequestId(), Actor(context)), cancellationToken);
    }
}
