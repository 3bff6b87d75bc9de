using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Catalogue.Queries.ListCloudServices;

/// <summary>The municipal government cloud's service catalogue (art. 12), by layer; withdrawn services only when asked for.</summary>
public sealed record ListCloudServices(bool IncludeWithdrawn = false) : IQuery<IReadOnlyList<CloudService>>;

public sealed class ListCloudServicesHandler(WorkflowsDbContext db) : IQueryHandler<ListCloudServices, IReadOnlyList<CloudService>>
{
    public async ValueTask<IReadOnlyList<CloudService>> Handle(ListCloudServices query, CancellationToken cancellationToken) =>
        await db.Set<CloudService>().AsNoTracking().Where(s => query.IncludeWithdrawn || s.WithdrawnAt == null)
            .OrderBy(s => s.Layer).ThenBy(s => s.Code).ToListAsync(cancellationToken);
}
