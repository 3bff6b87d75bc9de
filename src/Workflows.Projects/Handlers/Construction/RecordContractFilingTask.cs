using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.FileContract;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the contract filing with the bureau (art. 18); finance acknowledges its copy in a task of its own.</summary>
public sealed class RecordContractFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordContractFiling";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new FileContract(context.ProjectId(), context.OptionalText("contractFilingNote") ?? "", Actor(context)), cancellationToken);
    }
}
