using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Forms;

/// <summary>Stores a form-js schema as the next version of its key when its JSON changed.</summary>
public sealed class FormPublisher(WorkflowsDbContext db, TimeProvider time)
{
    /// <summary>The problem with the schema, or null when it is a JSON object form-js can read.</summary>
    public static string? Check(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : "1: -: a form schema must be a JSON object";
        }
        catch (JsonException exception)
        {
            return $"{(exception.LineNumber ?? 0) + 1}: -: invalid JSON: {exception.Message}";
        }
    }

    public async ValueTask<PublishOutcome> PublishAsync(string key, string json, CancellationToken cancellationToken)
    {
        var hash = ContentHash.Of(json);
        var latest = await db.Set<FormRecord>().Where(f => f.Key == key)
            .OrderByDescending(f => f.Version).Select(f => new { f.Version, f.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.Hash == hash)
            return new PublishOutcome(key, latest.Version, Published: false);
        var version = (latest?.Version ?? 0) + 1;
        db.Add(new FormRecord { Id = Guid.CreateVersion7(), Key = key, Version = version, Json = json, Hash = hash, CreatedAt = time.GetUtcNow() });
        return new PublishOutcome(key, version, Published: true);
    }
}
