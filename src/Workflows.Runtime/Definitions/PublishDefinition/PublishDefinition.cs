using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.PublishDefinition;

/// <summary>Publishes the key's draft (or the given draft) as the next version; the draft is consumed.</summary>
/// <param name="ExpectedRevision">The <see cref="DraftRevision"/> the editor saved: another admin's draft is not published unseen (409).</param>
public sealed record PublishDefinition(string Key, Guid? DraftId = null, string? Actor = null, string? ExpectedRevision = null) : ICommand<PublishOutcome>;

public sealed class PublishDefinitionHandler(WorkflowsDbContext db, DefinitionPublisher publisher) : ICommandHandler<PublishDefinition, PublishOutcome>
{
    public async ValueTask<PublishOutcome> Handle(PublishDefinition command, CancellationToken cancellationToken)
    {
        var drafts = db.Definitions.Where(d => d.Key == command.Key && d.Status == DefinitionStatus.Draft);
        if (command.DraftId is { } draftId)
            drafts = drafts.Where(d => d.Id == draftId);
        var draft = await drafts.FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Process definition '{command.Key}' has no draft to publish.");
        await DraftRevision.EnsureAsync(db, command.Key, command.ExpectedRevision, cancellationToken);
        var outcome = await publisher.PublishAsync(command.Key, draft.Xml, command.Actor, cancellationToken);
        db.Definitions.Remove(draft);
        return outcome;
    }
}
