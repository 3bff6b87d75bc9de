using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Supervision.Commands.ReferForAccountability;

namespace Workflows.Projects.Handlers.Rectification;

/// <summary>Refers the responsible people for accountability on serious loss (art. 28).</summary>
public sealed class ReferForAccountabilityTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "referForAccountability";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ReferForAccountability(context.OrderId(), context.Text("lossAssessment"), Actor(context)), cancellationToken);
    }
}
