using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms.ListFormVersions;

/// <summary>The published and retired versions of one form key, newest first; the draft is read on its own.</summary>
public sealed record ListFormVersions(string Key) : IQuery<IReadOnlyList<FormVersion>>;

public sealed record FormVersion(
    Guid Id, int Version, FormStatus Status, string Hash,
    DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, DateTimeOffset? RetiredAt, string? RetiredBy);

public sealed class ListFormVersionsHandler(WorkflowsDbContext db) : IQueryHandler<ListFormVersions, IReadOnlyList<FormVersion>>
{
    public async ValueTask<IReadOnlyList<FormVersion>> Handle(ListFormVersions query, CancellationToken cancellationToken)
    {
        var versions = await db.Set<FormRecord>().AsNoTracking()
            .Where(f => f.Key == query.Key && f.Version != null)
            .Select(f => new FormVersion(f.Id, f.Version!.Value, f.Status, f.Hash, f.CreatedAt, f.CreatedBy, f.PublishedAt, f.PublishedBy, f.RetiredAt, f.RetiredBy))
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
            throw NotFoundException.For("Form", query.Key);
        return versions.OrderByDescending(v => v.Version).ToList();
    }
}
