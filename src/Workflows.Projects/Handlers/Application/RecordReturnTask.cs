using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ReturnForRevision;

namespace Workflows.Projects.Handlers.Application;

/// <summary>
/// Opens the return for revision: <c>returnedFrom</c> (the review stage) routes the resubmission back to that reviewer,
/// <c>returnedByLabel</c> and <c>returnReason</c> show the department who returned it and why.
/// </summary>
public sealed class RecordReturnTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordReturn";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var returned = await sender.Send(new ReturnForRevision(context.ProjectId(), Actor(context)), cancellationToken);
        context.SetVariable("returnedFrom", returned.Stage.ToString());
        context.SetVariable("returnedByLabel", returned.ReturnedBy);
        context.SetVariable("returnReason", returned.Reason);
    }
}
