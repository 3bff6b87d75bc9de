using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Forms;

namespace Workflows.Runtime.Forms.ListForms;

/// <summary>Every form key with its latest version and whether a draft is pending.</summary>
public sealed record ListForms : IQuery<IReadOnlyList<FormSummary>>;

/// <param name="LatestPublishedVersion">The version new process versions pin; null when none is published.</param>
public sealed record FormSummary(string Key, int? LatestVersion, int? LatestPublishedVersion, bool HasDraft, DateTimeOffset? PublishedAt, string? PublishedBy);

public sealed class ListFormsHandler(WorkflowsDbContext db) : IQueryHandler<ListForms, IReadOnlyList<FormSummary>>
{
    public async ValueTask<IReadOnlyList<FormSummary>> Handle(ListForms query, CancellationToken cancellationToken)
    {
        var rows = await db.Set<FormRecord>().AsNoTracking()
            .Select(f => new { f.Key, f.Version, f.Status, f.PublishedAt, f.PublishedBy })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(f => f.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var published = g.Where(f => f.Status == FormStatus.Published).MaxBy(f => f.Version);
                return new FormSummary(g.Key, g.Max(f => f.Version), published?.Version, g.Any(f => f.Status == FormStatus.Draft),
                    published?.PublishedAt, published?.PublishedBy);
            })
            .ToList();
    }
}
