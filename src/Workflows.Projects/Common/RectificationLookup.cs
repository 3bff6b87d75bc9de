using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Common;

internal static class RectificationLookup
{
    /// <summary>The order and its project; an order already closed answers 409.</summary>
    public static async Task<(RectificationOrder Order, Project Project)> LoadOpenOrderAsync(this WorkflowsDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.FindOrThrowAsync<RectificationOrder>(orderId, "整改通知 (rectification order)", cancellationToken);
        if (order.Status is RectificationStatus.Compliant or RectificationStatus.ProjectTerminated)
            throw new ConflictException("整改通知已办结 (the rectification order is closed)");
        return (order, await db.LoadAsync(order.ProjectId, cancellationToken));
    }
}
