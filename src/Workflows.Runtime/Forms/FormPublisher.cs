using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Forms;

/// <summary>
/// Turns a form-js schema into the next immutable version of its key, as <see cref="DefinitionPublisher"/> does for
/// BPMN: a schema identical to the latest published version is not published again.
/// </summary>
public sealed class FormPublisher(WorkflowsDbContext db, TimeProvider time)
{
    public async ValueTask<PublishOutcome> PublishAsync(string key, string json, string? actor, CancellationToken cancellationToken)
    {
        if (FormSchemaCheck.Check(json) is { Count: > 0 } problems)
            throw new InvalidRequestException(problems);

        var hash = ContentHash.Of(json);
        var versions = db.Set<FormRecord>().Where(f => f.Key == key && f.Version != null);
        var latestPublished = await versions.Where(f => f.Status == FormStatus.Published)
            .OrderByDescending(f => f.Version).Select(f => new { f.Version, f.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (latestPublished is not null && latestPublished.Hash == hash)
            return new PublishOutcome(key, latestPublished.Version!.Value, Published: false);

        var version = (await versions.MaxAsync(f => f.Version, cancellationToken) ?? 0) + 1;
        var now = time.GetUtcNow();
        db.Add(new FormRecord
        {
            Id = Guid.CreateVersion7(), Key = key, Version = version, Status = FormStatus.Published, Json = json, Hash = hash,
            CreatedAt = now, CreatedBy = actor, PublishedAt = now, PublishedBy = actor,
        });
        // Saved at once (inside the command's transaction) so that process versions published next pin this version.
        await db.SaveChangesAsync(cancellationToken);
        return new PublishOutcome(key, version, Published: true);
    }
}
