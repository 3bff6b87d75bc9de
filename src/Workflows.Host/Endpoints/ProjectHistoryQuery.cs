using Workflows.Host.Authorization;
using Workflows.Projects.Projects.Queries.PageProjectHistory;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/projects/{id}/history: <c>search</c> (in the change or the actor), <c>order</c> (<c>asc</c>,
/// oldest first, the default, or <c>desc</c>), <c>skip</c> and <c>take</c> (1 to 200, default 20).
/// </summary>
public sealed record ProjectHistoryQuery(string? Search, string? Order, int? Skip, int? Take)
{
    /// <summary>The page <paramref name="caller"/> asked for, limited to what the caller may see; 400 keyed by the parameter otherwise.</summary>
    public PageProjectHistory ToQuery(Guid projectId, Caller caller)
    {
        var problems = new List<Problem>();
        var descending = ListPaging.Check(problems, Skip, Take, Order, PageProjectHistory.MaxTake);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        return new PageProjectHistory(projectId, ProjectAccess.VisibleDepartment(caller), Search, descending, Skip ?? 0, Take ?? 20);
    }
}
