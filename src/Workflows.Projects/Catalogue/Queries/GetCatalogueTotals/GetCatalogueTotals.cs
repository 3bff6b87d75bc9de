using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Catalogue.Queries.GetCatalogueTotals;

/// <summary>
/// Art. 10: the county's systems per year, from the first confirmation to this year in county time. Only confirmed entries
/// count: a confirmation in a year adds one, a retirement in a year takes one away.
/// </summary>
public sealed record GetCatalogueTotals : IQuery<CatalogueTotals>;

public sealed class GetCatalogueTotalsHandler(WorkflowsDbContext db, ProjectDeadlines clock, CataloguePolicy policy)
    : IQueryHandler<GetCatalogueTotals, CatalogueTotals>
{
    public async ValueTask<CatalogueTotals> Handle(GetCatalogueTotals query, CancellationToken cancellationToken)
    {
        var systems = await db.Set<InformationSystem>().AsNoTracking()
            .Where(s => s.EntryStatus == CatalogueEntryStatus.Confirmed && s.ReviewedAt != null)
            .Select(s => new { s.ReviewedAt, s.RetiredOn }).ToListAsync(cancellationToken);
        var confirmedIn = systems.Select(s => clock.LocalDate(s.ReviewedAt!.Value).Year).ToList();
        var retiredIn = systems.Where(s => s.RetiredOn is not null).Select(s => s.RetiredOn!.Value.Year).ToList();
        if (confirmedIn.Count == 0)
            return new CatalogueTotals(policy.NoGrowth, []);

        var years = new List<CatalogueYear>();
        var inService = 0;
        for (var year = confirmedIn.Min(); year <= clock.Today.Year; year++)
        {
            var confirmed = confirmedIn.Count(y => y == year);
            var retired = retiredIn.Count(y => y == year);
            var growth = confirmed - retired;
            inService += growth;
            // The first year has no year before it to grow from.
            var flagged = policy.NoGrowth && years.Count > 0 && growth > 0;
            years.Add(new CatalogueYear(year, confirmed, retired, inService, years.Count > 0 ? growth : 0, flagged));
        }

        return new CatalogueTotals(policy.NoGrowth, years);
    }
}
