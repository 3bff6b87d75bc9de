using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.ListVersions;

/// <summary>The versions of one key, newest first, the draft (no version) on top.</summary>
public sealed record ListVersions(string Key) : IQuery<IReadOnlyList<DefinitionVersion>>;

/// <param name="ActiveInstances">How many instances of the version are running.</param>
/// <param name="TotalInstances">How many instances were ever started on the version (running or ended).</param>
public sealed record DefinitionVersion(
    Guid Id, int? Version, DefinitionStatus Status, string? Name, string Hash,
    DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, DateTimeOffset? RetiredAt,
    int ActiveInstances = 0, int TotalInstances = 0);

public sealed class ListVersionsHandler(WorkflowsDbContext db) : IQueryHandler<ListVersions, IReadOnlyList<DefinitionVersion>>
{
    public async ValueTask<IReadOnlyList<DefinitionVersion>> Handle(ListVersions query, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Key == query.Key)
            .Select(d => new DefinitionVersion(d.Id, d.Version, d.Status, d.Name, d.Hash, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy, d.RetiredAt, 0, 0))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw NotFoundException.For("Process definition", query.Key);
        var counts = await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionKey == query.Key)
            .GroupBy(i => i.DefinitionVersion)
            .Select(g => new { Version = g.Key, Active = g.Count(i => i.Status == InstanceStatus.Running), Total = g.Count() })
            .ToDictionaryAsync(c => c.Version, cancellationToken);
        return versions
            .Select(v => v.Version is { } number && counts.TryGetValue(number, out var count)
                ? v with { ActiveInstances = count.Active, TotalInstances = count.Total }
                : v)
            .OrderByDescending(v => v.Version ?? int.MaxValue).ToList();
    }
}
