using Workflows.Host.Authorization;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Queries.ListProjects;
using Workflows.Runtime.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/projects/page: <c>search</c> (in the code or the name), <c>stage</c>, <c>department</c>
/// (lead or co-builder), <c>overdue</c>, <c>fundingHeld</c>, <c>sort</c> (<c>code</c>, the default, <c>name</c> or
/// <c>department</c>), <c>order</c> (<c>asc</c>, the default, or <c>desc</c>), <c>skip</c> and <c>take</c> (1 to 200, default 20).
/// </summary>
public sealed record ProjectListQuery(
    string? Search,
    ProjectStage? Stage,
    string? Department,
    bool? Overdue,
    bool? FundingHeld,
    string? Sort,
    string? Order,
    int? Skip,
    int? Take)
{
    /// <summary>The page <paramref name="caller"/> asked for, limited to what the caller may see; 400 keyed by the parameter otherwise.</summary>
    public PageProjects ToQuery(Caller caller)
    {
        var problems = new List<Problem>();
        var sort = Blank(Sort)?.ToLowerInvariant() switch
        {
            null or "code" => ProjectSort.Code,
            "name" => ProjectSort.Name,
            "department" => ProjectSort.Department,
            _ => Invalid(problems, new Problem("sort", "排序须为 code、name 或 department (sort by code, name or department)")),
        };
        var order = Blank(Order)?.ToLowerInvariant();
        if (order is not (null or "asc" or "desc"))
            problems.Add(new Problem("order", "顺序须为 asc 或 desc (order is asc or desc)"));
        if (Skip is < 0)
            problems.Add(new Problem("skip", "跳过的条数不能为负 (skip must not be negative)"));
        if (Take is < 1 or > PageProjects.MaxTake)
            problems.Add(new Problem("take", $"每页条数须在 1 到 {PageProjects.MaxTake} 之间 (take is 1 to {PageProjects.MaxTake})"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var filter = new ListProjects(Search, Stage, Blank(Department), Overdue, FundingHeld, ProjectAccess.VisibleDepartment(caller));
        return new PageProjects(filter, sort, order == "desc", Skip ?? 0, Take ?? 20);
    }

    private static ProjectSort Invalid(List<Problem> problems, Problem problem)
    {
        problems.Add(problem);
        return ProjectSort.Code;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
