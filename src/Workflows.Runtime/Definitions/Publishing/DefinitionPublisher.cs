using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Parsing;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;
using Workflows.Runtime.Forms;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>
/// Turns XML into the next immutable version of a key. Versions already published stay published, so
/// running instances finish on the version they started on; identical XML is not published again unless a form it
/// names has a newer published version, which only a new process version shows (<see cref="FormPins"/>).
/// </summary>
public sealed class DefinitionPublisher(WorkflowsDbContext db, DefinitionCheck check, PublicationProblems publicationProblems, FormPins formPins, TimeProvider time)
{
    public async ValueTask<PublishOutcome> PublishAsync(string key, string xml, string? actor, CancellationToken cancellationToken)
    {
        var (process, problems) = await publicationProblems.OfAsync(xml, key, cancellationToken);
        if (process is null || problems.Count > 0)
            throw new InvalidRequestException(problems);

        var forms = await formPins.CurrentAsync(process, cancellationToken);
        var hash = ContentHash.Of(xml);
        var versions = db.Definitions.Where(d => d.Key == key && d.Version != null);
        var latestPublished = await versions.Where(d => d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).Select(d => new { d.Version, d.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (latestPublished is not null && latestPublished.Hash == hash
            && SamePins(await formPins.OfAsync(key, latestPublished.Version!.Value, cancellationToken), forms))
            return new PublishOutcome(key, latestPublished.Version!.Value, Published: false) { Warnings = WarningsOf(xml) };

        var version = (await versions.MaxAsync(d => d.Version, cancellationToken) ?? 0) + 1;
        var now = time.GetUtcNow();
        db.Definitions.Add(new DefinitionRecord
        {
            Id = Guid.CreateVersion7(), Key = key, Version = version, Status = DefinitionStatus.Published,
            Name = process.Name, Xml = xml, Hash = hash, MessageNames = MessageNames.Of(process),
            CreatedAt = now, CreatedBy = actor, PublishedAt = now, PublishedBy = actor,
        });
        formPins.Pin(key, version, forms);
        return new PublishOutcome(key, version, Published: true) { Warnings = WarningsOf(xml) };
    }

    private static bool SamePins(IReadOnlyDictionary<string, int> pinned, IReadOnlyDictionary<string, int> current) =>
        pinned.Count == current.Count && current.All(pin => pinned.TryGetValue(pin.Key, out var version) && version == pin.Value);

    private List<string> WarningsOf(string xml) => check.Warnings(xml).Select(Describe).ToList();

    public static string Describe(ValidationProblem problem) => problem.ToString();
}
