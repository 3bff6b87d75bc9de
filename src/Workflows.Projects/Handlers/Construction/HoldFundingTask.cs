using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.HoldFunding;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Holds the project's money when the acceptance report is late (art. 25).</summary>
public sealed class HoldFundingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "holdFunding";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new HoldFunding(context.ProjectId(), HoldFundingHandler.LateAcceptanceReport, Actor(context)), cancellationToken);
    }
}
