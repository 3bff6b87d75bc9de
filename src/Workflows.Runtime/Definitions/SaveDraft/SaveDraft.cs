using System.Data.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.SaveDraft;

/// <summary>Stores work in progress as the key's single draft. A draft may be invalid; its problems come back.</summary>
/// <param name="ExpectedRevision">The <see cref="DraftRevision"/> the editor opened; another admin's save or publication since is a 409.</param>
public sealed record SaveDraft(string Key, string Xml, string? Actor = null, string? ExpectedRevision = null) : ICommand<DraftSaved>;

/// <param name="Problems">What publishing would refuse: the model's own problems, unknown candidate groups, unpublished forms.</param>
/// <param name="Warnings">What the engine would read past in the draft (listeners, input/output mappings, …).</param>
/// <param name="Revision">The revision the editor sends with its next save.</param>
public sealed record DraftSaved(Guid DraftId, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, string Revision);

public sealed class SaveDraftHandler(WorkflowsDbContext db, DefinitionCheck check, PublicationProblems publicationProblems, TimeProvider time)
    : ICommandHandler<SaveDraft, DraftSaved>
{
    public async ValueTask<DraftSaved> Handle(SaveDraft command, CancellationToken cancellationToken)
    {
        await DraftRevision.EnsureAsync(db, command.Key, command.ExpectedRevision, cancellationToken);
        var (process, problems) = await publicationProblems.OfAsync(command.Xml, command.Key, cancellationToken);
        var draft = await db.Definitions.FirstOrDefaultAsync(d => d.Key == command.Key && d.Status == DefinitionStatus.Draft, cancellationToken);
        var first = draft is null;
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
        if (first)
            await InsertAsync(command.Key, cancellationToken);
        var latest = await db.Definitions.Where(d => d.Key == command.Key).MaxAsync(d => d.Version, cancellationToken);
        return new DraftSaved(draft.Id, [.. problems.Select(problem => problem.Message)],
            check.Warnings(command.Xml).Select(DefinitionPublisher.Describe).ToList(), DraftRevision.Of(latest, draft.Hash));
    }

    /// <summary>
    /// Inserts the key's new draft at once: when another admin's first save of the key ran at the same time (both saw no
    /// draft), the single-draft index refuses this one (SQL state 23505), answered as the revision's 409.
    /// </summary>
    private async Task InsertAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is DbException { SqlState: UniqueViolation })
        {
            throw DraftRevision.Conflict(key);
        }
    }

    private const string UniqueViolation = "23505";
}
