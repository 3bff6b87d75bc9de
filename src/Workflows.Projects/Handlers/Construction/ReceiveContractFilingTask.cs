using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.ReceiveContractFiling;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records that the county finance bureau received the contract filing (art. 18).</summary>
public sealed class ReceiveContractFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "receiveContractFiling";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ReceiveContractFiling(context.ProjectId(), context.OptionalText("financeReceiptNote") ?? "", Actor(context)), cancellationToken);
    }
}
