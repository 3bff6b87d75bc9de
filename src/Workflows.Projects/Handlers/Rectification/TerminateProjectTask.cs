using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.TerminateProject;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Terminates the project after the second limit (art. 28).</summary>
public sealed class TerminateProjectTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "terminateProject";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new TerminateProject(context.OrderId(), context.InstanceId, Actor(context)), cancellationToken);
        // The loss of the whole project is assessed afresh, not with a second-round assessment's answer.
        ClearAnswers(context, "seriousLoss", "lossAssessment");
    }
}
