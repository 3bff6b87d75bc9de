using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;

namespace Workflows.Runtime.Definitions.ListDefinitions;

/// <summary>Every definition key with its latest version and whether a draft is pending.</summary>
public sealed record ListDefinitions : IQuery<IReadOnlyList<DefinitionSummary>>;

public sealed record DefinitionSummary(string Key, string? Name, int? LatestVersion, int? LatestPublishedVersion, bool HasDraft);

public sealed class ListDefinitionsHandler(WorkflowsDbContext db) : IQueryHandler<ListDefinitions, IReadOnlyList<DefinitionSummary>>
{
    public async ValueTask<IReadOnlyList<DefinitionSummary>> Handle(ListDefinitions query, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking()
            .Select(d => new { d.Key, d.Name, d.Version, d.Status })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DefinitionSummary(
                g.Key,
                g.OrderByDescending(d => d.Version ?? int.MaxValue).First().Name,
                g.Max(d => d.Version),
                g.Where(d => d.Status == DefinitionStatus.Published).Max(d => d.Version),
                g.Any(d => d.Status == DefinitionStatus.Draft)))
            .ToList();
    }
}
