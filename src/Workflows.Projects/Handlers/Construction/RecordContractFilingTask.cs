using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Projects.Commands.FileContract;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Records the contract filing with the bureau and finance (art. 18).</summary>
public sealed class RecordContractFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "recordContractFiling";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        var note = context.Flag("filedWithFinance") ? "已同时报送县财政局。" : "";
        await sender.Send(new FileContract(context.ProjectId(), note + (context.OptionalText("contractFilingNote") ?? ""), Actor(context)), cancellationToken);
    }
}
