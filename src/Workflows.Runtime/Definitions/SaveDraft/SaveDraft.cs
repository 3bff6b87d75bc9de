using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.SaveDraft;

/// <summary>Stores work in progress as the key's single draft. A draft may be invalid; its problems come back.</summary>
public sealed record SaveDraft(string Key, string Xml, string? Actor = null) : ICommand<DraftSaved>;

/// <param name="Warnings">What the engine would read past in the draft (listeners, input/output mappings, …).</param>
public sealed record DraftSaved(Guid DraftId, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);

public sealed class SaveDraftHandler(WorkflowsDbContext db, DefinitionCheck check, TimeProvider time) : ICommandHandler<SaveDraft, DraftSaved>
{
    public async ValueTask<DraftSaved> Handle(SaveDraft command, CancellationToken cancellationToken)
    {
        var (process, problems) = check.Import(command.Xml, command.Key);
        var draft = await db.Definitions.FirstOrDefaultAsync(d => d.Key == command.Key && d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            draft = new DefinitionRecord
            {
                Id = Guid.CreateVersion7(), Key = command.Key, Status = DefinitionStatus.Draft,
                CreatedAt = time.GetUtcNow(), CreatedBy = command.Actor,
            };
            db.Definitions.Add(draft);
        }
        draft.Xml = command.Xml;
        draft.Hash = ContentHash.Of(command.Xml);
        draft.Name = process?.Name ?? draft.Name;
        return new DraftSaved(draft.Id, problems.Select(DefinitionPublisher.Describe).ToList(),
            check.Warnings(command.Xml).Select(DefinitionPublisher.Describe).ToList());
    }
}
