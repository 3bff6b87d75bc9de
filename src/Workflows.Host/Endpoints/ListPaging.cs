using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>The paging and order parameters every paged list shares: <c>skip</c> (0 or more), <c>take</c> (1 to the list's
/// maximum) and <c>order</c> (<c>asc</c> or <c>desc</c>), each refused with a problem keyed by its name.</summary>
public static class ListPaging
{
    /// <summary>Adds a problem for each bad parameter; true for a descending order.</summary>
    public static bool Check(List<Problem> problems, int? skip, int? take, string? order, int maxTake)
    {
        if (skip is < 0)
            problems.Add(new Problem("skip", "跳过的条数不能为负 (skip must not be negative)"));
        if (take is { } count && (count < 1 || count > maxTake))
            problems.Add(new Problem("take", $"每页条数须在 1 到 {maxTake} 之间 (take is 1 to {maxTake})"));
        var direction = string.IsNullOrWhiteSpace(order) ? null : order.Trim().ToLowerInvariant();
        if (direction is not (null or "asc" or "desc"))
            problems.Add(new Problem("order", "顺序须为 asc 或 desc (order is asc or desc)"));
        return direction == "desc";
    }
}
