using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.DiffVersions;

/// <summary>Compares two versions of a definition: elements added, removed, and changed with each property's old and new value.
/// A side without a version number is the key's saved draft.</summary>
public sealed record DiffVersions(string Key, int? From, int? To) : IQuery<DefinitionDiff>;

public sealed class DiffVersionsHandler(WorkflowsDbContext db) : IQueryHandler<DiffVersions, DefinitionDiff>
{
    public async ValueTask<DefinitionDiff> Handle(DiffVersions query, CancellationToken cancellationToken)
    {
        var before = BpmnElementIndex.Read(await XmlAsync(query.Key, query.From, cancellationToken));
        var after = BpmnElementIndex.Read(await XmlAsync(query.Key, query.To, cancellationToken));
        var added = after.Where(e => !before.ContainsKey(e.Key)).Select(e => Whole(e.Key, e.Value, added: true)).ToList();
        var removed = before.Where(e => !after.ContainsKey(e.Key)).Select(e => Whole(e.Key, e.Value, added: false)).ToList();
        var changed = new List<DiffElement>();
        foreach (var (id, old) in before)
        {
            if (!after.TryGetValue(id, out var now))
                continue;
            var changes = old.Properties.Keys.Union(now.Properties.Keys).Order(StringComparer.Ordinal)
                .Select(name => new PropertyChange(name, old.Properties.GetValueOrDefault(name), now.Properties.GetValueOrDefault(name)))
                .Where(change => change.From != change.To)
                .ToList();
            if (old.Type != now.Type)
                changes.Insert(0, new PropertyChange("type", old.Type, now.Type));
            if (changes.Count > 0)
                changed.Add(new DiffElement(id, now.Type, now.Name, changes));
        }

        return new DefinitionDiff(query.Key, query.From, query.To, added, removed, changed);
    }

    private static DiffElement Whole(string id, BpmnElementIndex.Element element, bool added) =>
        new(id, element.Type, element.Name, [.. element.Properties.Select(p => added ? new PropertyChange(p.Key, null, p.Value) : new PropertyChange(p.Key, p.Value, null))]);

    private async Task<string> XmlAsync(string key, int? version, CancellationToken cancellationToken) => version is { } number
        ? await db.Definitions.AsNoTracking().Where(d => d.Key == key && d.Version == number && d.Status != DefinitionStatus.Draft)
              .Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken)
          ?? throw new NotFoundException($"Process definition '{key}' has no version {number}.")
        : await db.Definitions.AsNoTracking().Where(d => d.Key == key && d.Status == DefinitionStatus.Draft)
              .Select(d => d.Xml).FirstOrDefaultAsync(cancellationToken)
          ?? throw new NotFoundException($"Process definition '{key}' has no draft.");
}
