using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.History;

namespace Workflows.Runtime.Instances.PageInstanceHistory;

/// <summary>
/// One page of an instance's history, in the order it was written unless <see cref="Descending"/>, with the instance's
/// entries counted in all. The caller's right to see the instance is checked before (<c>GetInstance</c>).
/// </summary>
public sealed record PageInstanceHistory(Guid InstanceId, bool Descending = false, int Skip = 0, int Take = 50) : IQuery<InstanceHistoryPage>
{
    public const int MaxTake = 500;
}

public sealed class PageInstanceHistoryHandler(WorkflowsDbContext db) : IQueryHandler<PageInstanceHistory, InstanceHistoryPage>
{
    public async ValueTask<InstanceHistoryPage> Handle(PageInstanceHistory query, CancellationToken cancellationToken)
    {
        // Counted and read from the (instance, id) index: the instance's entries only, in the order they were written.
        var entries = db.Set<HistoryEntry>().AsNoTracking().Where(h => h.InstanceId == query.InstanceId);
        var total = await entries.CountAsync(cancellationToken);
        var ordered = query.Descending ? entries.OrderByDescending(h => h.Id) : entries.OrderBy(h => h.Id);
        var items = await ordered.Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, PageInstanceHistory.MaxTake))
            .ToListAsync(cancellationToken);
        return new InstanceHistoryPage(items, total);
    }
}
