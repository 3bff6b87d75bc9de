using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Definitions.LocalizedNames;
using Workflows.Runtime.Definitions.StartSites;

namespace Workflows.Runtime.Definitions.ListDefinitions;

/// <summary>Every definition key with its latest version and whether a draft is pending.</summary>
public sealed record ListDefinitions : IQuery<IReadOnlyList<DefinitionSummary>>;

/// <param name="NameEn">The latest published version's English name (<c>name.en</c>), for the UI's English mode.</param>
/// <param name="StartedElsewhere">True when a module starts the process from a page of its own or opens it itself
/// (<see cref="IStartSitePolicy"/>): the generic start page does not offer it.</param>
public sealed record DefinitionSummary(
    string Key, string? Name, int? LatestVersion, int? LatestPublishedVersion, bool HasDraft, string? NameEn = null, bool StartedElsewhere = false);

public sealed class ListDefinitionsHandler(WorkflowsDbContext db, EnglishNames englishNames, IEnumerable<IStartSitePolicy> startSites)
    : IQueryHandler<ListDefinitions, IReadOnlyList<DefinitionSummary>>
{
    public async ValueTask<IReadOnlyList<DefinitionSummary>> Handle(ListDefinitions query, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking()
            .Select(d => new { d.Key, d.Name, d.Version, d.Status })
            .ToListAsync(cancellationToken);
        var summaries = rows.GroupBy(d => d.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DefinitionSummary(
                g.Key,
                g.OrderByDescending(d => d.Version ?? int.MaxValue).First().Name,
                g.Max(d => d.Version),
                g.Where(d => d.Status == DefinitionStatus.Published).Max(d => d.Version),
                g.Any(d => d.Status == DefinitionStatus.Draft),
                StartedElsewhere: startSites.Any(policy => policy.IsStartedElsewhere(g.Key))))
            .ToList();
        for (var i = 0; i < summaries.Count; i++)
        {
            if (summaries[i].LatestPublishedVersion is { } published)
                summaries[i] = summaries[i] with { NameEn = await englishNames.OfProcessAsync(summaries[i].Key, published, cancellationToken) };
        }
        return summaries;
    }
}
