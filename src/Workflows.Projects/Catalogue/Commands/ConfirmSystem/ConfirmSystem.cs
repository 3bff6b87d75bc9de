using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.ConfirmSystem;

/// <summary>Art. 10: the bureau confirms a proposed entry; from then on projects may involve the system and it counts in the totals.</summary>
public sealed record ConfirmSystem(Guid SystemId, string Actor) : ICommand;

public sealed class ConfirmSystemHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ConfirmSystem>
{
    public async ValueTask<Unit> Handle(ConfirmSystem command, CancellationToken cancellationToken)
    {
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        if (system.EntryStatus != CatalogueEntryStatus.Proposed)
            throw new ConflictException($"《{system.Name}》不是待确认的目录申报（第十条） (art. 10: only a proposed entry is confirmed)");
        system.EntryStatus = CatalogueEntryStatus.Confirmed;
        system.ReviewedBy = command.Actor;
        system.ReviewedAt = time.GetUtcNow();
        return Unit.Value;
    }
}
