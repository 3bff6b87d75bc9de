using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.DiscardDraft;

/// <summary>Throws the key's draft away; the published versions stay as they are.</summary>
/// <param name="ExpectedRevision">The <see cref="DraftRevision"/> the editor opened: another admin's newer draft is not discarded unseen (409).</param>
public sealed record DiscardDraft(string Key, string? ExpectedRevision = null) : ICommand;

public sealed class DiscardDraftHandler(WorkflowsDbContext db) : ICommandHandler<DiscardDraft>
{
    public async ValueTask<Unit> Handle(DiscardDraft command, CancellationToken cancellationToken)
    {
        var draft = await db.Definitions.FirstOrDefaultAsync(d => d.Key == command.Key && d.Status == DefinitionStatus.Draft, cancellationToken)
            ?? throw new NotFoundException($"Process definition '{command.Key}' has no draft to discard.");
        await DraftRevision.EnsureAsync(db, command.Key, command.ExpectedRevision, cancellationToken);
        db.Definitions.Remove(draft);
        return Unit.Value;
    }
}
