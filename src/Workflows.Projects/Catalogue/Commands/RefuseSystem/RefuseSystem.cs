using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Catalogue.Commands.RefuseSystem;

/// <summary>Art. 10: the bureau refuses a proposed entry with its reason; no project may involve a refused system.</summary>
public sealed record RefuseSystem(Guid SystemId, string Reason, string Actor) : ICommand;

public sealed class RefuseSystemHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RefuseSystem>
{
    public async ValueTask<Unit> Handle(RefuseSystem command, CancellationToken cancellationToken)
    {
        var reason = CatalogueEntries.Reason(command.Reason);
        var system = await CatalogueEntries.LoadAsync(db, command.SystemId, cancellationToken);
        if (system.EntryStatus != CatalogueEntryStatus.Proposed)
            throw new ConflictException($"《{system.Name}》不是待确认的目录申报（第十条） (art. 10: only a proposed entry is refused)");
        system.EntryStatus = CatalogueEntryStatus.Refused;
        system.RefusalReason = reason;
        system.ReviewedBy = command.Actor;
        system.ReviewedAt = time.GetUtcNow();
        return Unit.Value;
    }
}
