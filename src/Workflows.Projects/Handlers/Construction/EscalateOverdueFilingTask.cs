using Mediator;
using Workflows.Engine.Execution;
using Workflows.Projects.Domain.Documents;
using Workflows.Projects.Projects.Commands.RecordFilingOverdue;

namespace Workflows.Projects.Handlers.Construction;

/// <summary>Notes on the project that the art. 18 contract filing deadline passed.</summary>
public sealed class EscalateOverdueFilingTask(ISender sender) : ProjectTaskHandler(sender)
{
    public override string Name => "escalateOverdueFiling";

    protected override async ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordFilingOverdue(context.ProjectId(), FilingKind.Contract, Actor(context)), cancellationToken);
    }
}
