using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Forms.SaveFormDraft;

/// <summary>Stores an edited schema as the key's single draft; unlike a BPMN draft it must already be a valid form.</summary>
public sealed record SaveFormDraft(string Key, string Json, string? Actor = null) : ICommand<FormDraftSaved>;

public sealed record FormDraftSaved(Guid DraftId);

public sealed class SaveFormDraftHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<SaveFormDraft, FormDraftSaved>
{
    public async ValueTask<FormDraftSaved> Handle(SaveFormDraft command, CancellationToken cancellationToken)
    {
        if (FormSchemaCheck.Check(command.Json) is { Count: > 0 } problems)
            throw new InvalidRequestException(problems);
        var draft = await db.Set<FormRecord>().FirstOrDefaultAsync(f => f.Key == command.Key && f.Status == FormStatus.Draft, cancellationToken);
        if (draft is null)
        {
            draft = new FormRecord { Id = Guid.CreateVersion7(), Key = command.Key, Status = FormStatus.Draft };
            db.Add(draft);
        }
        draft.Json = command.Json;
        draft.Hash = ContentHash.Of(command.Json);
        draft.CreatedAt = time.GetUtcNow();
        draft.CreatedBy = command.Actor;
        return new FormDraftSaved(draft.Id);
    }
}
