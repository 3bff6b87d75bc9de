using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.ListVersions;

/// <summary>The versions of one key, newest first, the draft (no version) on top.</summary>
public sealed record ListVersions(string Key) : IQuery<IReadOnlyList<DefinitionVersion>>;

public sealed record DefinitionVersion(
    Guid Id, int? Version, DefinitionStatus Status, string? Name, string Hash,
    DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, DateTimeOffset? RetiredAt);

public sealed class ListVersionsHandler(WorkflowsDbContext db) : IQueryHandler<ListVersions, IReadOnlyList<DefinitionVersion>>
{
    public async ValueTask<IReadOnlyList<DefinitionVersion>> Handle(ListVersions query, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Key == query.Key)
            .Select(d => new DefinitionVersion(d.Id, d.Version, d.Status, d.Name, d.Hash, d.CreatedAt, d.CreatedBy, d.PublishedAt, d.PublishedBy, d.RetiredAt))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw NotFoundException.For("Process definition", query.Key);
        return versions.OrderByDescending(v => v.Version ?? int.MaxValue).ToList();
    }
}
