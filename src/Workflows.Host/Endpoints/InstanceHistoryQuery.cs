using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.PageInstanceHistory;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/instances/{id}/history: <c>order</c> (<c>asc</c>, oldest first, the default, or
/// <c>desc</c>), <c>skip</c> and <c>take</c> (1 to 500, default 50).
/// </summary>
public sealed record InstanceHistoryQuery(string? Order, int? Skip, int? Take)
{
    /// <summary>The page asked for; 400 keyed by the parameter otherwise.</summary>
    public PageInstanceHistory ToQuery(Guid instanceId)
    {
        var problems = new List<Problem>();
        var descending = ListPaging.Check(problems, Skip, Take, Order, PageInstanceHistory.MaxTake);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return new PageInstanceHistory(instanceId, descending, Skip ?? 0, Take ?? 50);
    }
}
