using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Catalogue.Queries.ListSharedData;

/// <summary>Arts. 23, 31, 34: the data resources a catalogued system shares, each with the party responsible for its quality.</summary>
public sealed record ListSharedData(Guid SystemId) : IQuery<IReadOnlyList<SharedDataResource>>;

public sealed class ListSharedDataHandler(WorkflowsDbContext db) : IQueryHandler<ListSharedData, IReadOnlyList<SharedDataResource>>
{
    public async ValueTask<IReadOnlyList<SharedDataResource>> Handle(ListSharedData query, CancellationToken cancellationToken)
    {
        await CatalogueEntries.LoadAsync(db, query.SystemId, cancellationToken);
        return await db.Set<SharedDataResource>().AsNoTracking().Where(r => r.SystemId == query.SystemId)
            .OrderBy(r => r.ListedAt).ToListAsync(cancellationToken);
    }
}
