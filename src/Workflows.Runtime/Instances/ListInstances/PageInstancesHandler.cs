using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Workflows.Runtime.Instances.ListInstances;

public sealed class PageInstancesHandler(WorkflowsDbContext db) : IQueryHandler<PageInstances, InstancePage>
{
    public async ValueTask<InstancePage> Handle(PageInstances query, CancellationToken cancellationToken)
    {
        var matching = InstanceQueries.Filter(db, query.Filter);
        var total = await matching.CountAsync(cancellationToken);
        var items = await InstanceQueries.Page(db, matching, query.Filter).ToListAsync(cancellationToken);
        return new InstancePage(items, total);
    }
}
