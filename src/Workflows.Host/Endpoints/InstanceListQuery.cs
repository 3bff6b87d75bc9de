using Mediator;
using Workflows.Engine.Execution;
using Workflows.Host.Authorization;
using Workflows.Projects.Projects.Queries.FindProjectKeys;
using Workflows.Runtime.Common;
using Workflows.Runtime.Instances.ListInstances;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/instances and GET /api/instances/page: <c>definitionKey</c>, <c>version</c> (with the key),
/// <c>status</c>, <c>businessKey</c>, <c>department</c>, <c>project</c> (its id or code), <c>startedFrom</c> and
/// <c>startedTo</c> (the start time, the end excluded), <c>hasIncident</c>, <c>sort</c> (<c>started</c>, <c>ended</c> or
/// <c>definition</c>), <c>order</c> (<c>desc</c>, the default, or <c>asc</c>), <c>skip</c> and <c>take</c>.
/// </summary>
public sealed record InstanceListQuery(
    string? DefinitionKey,
    int? Version,
    string? Status,
    string? BusinessKey,
    string? Department,
    string? Project,
    DateTimeOffset? StartedFrom,
    DateTimeOffset? StartedTo,
    bool? HasIncident,
    string? Sort,
    string? Order,
    int? Skip,
    int? Take)
{
    /// <summary>The runtime query for <paramref name="caller"/>: a department's clerk only ever lists their department's
    /// instances, and asking for another department is refused.</summary>
    public async Task<ListInstances> ToQueryAsync(Caller caller, IMediator mediator, CancellationToken cancellationToken)
    {
        var department = Blank(Department);
        if (caller.IsDepartmentScoped)
        {
            if (department is not null && department != caller.DepartmentCode)
                throw new ForbiddenException("只能查看本部门的流程实例 (a department sees only its own instances)");
            department = caller.DepartmentCode ?? "";
        }

        var problems = new List<Problem>();
        if (Version is { } version && (version < 1 || Blank(DefinitionKey) is null))
            problems.Add(new Problem("version", "版本须为正整数且须同时指定流程 (a version needs the definition key and must be positive)"));
        if (StartedFrom is { } from && StartedTo is { } to && to <= from)
            problems.Add(new Problem("startedTo", "结束时间须晚于开始时间 (startedTo must be after startedFrom)"));
        var sort = SortOf(problems);
        var descending = Blank(Order)?.ToLowerInvariant() is not "asc";
        if (Blank(Order)?.ToLowerInvariant() is not (null or "asc" or "desc"))
            problems.Add(new Problem("order", "顺序须为 asc 或 desc (order is asc or desc)"));
        var projectKeys = await ProjectKeysAsync(mediator, problems, cancellationToken);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        return new ListInstances(
            Blank(DefinitionKey), ParseStatus(Status), Blank(BusinessKey), Skip ?? 0, Take ?? 50, department,
            Version, StartedFrom, StartedTo, HasIncident, projectKeys, sort, descending);
    }

    /// <summary>The business keys that name the project: its id and its code.</summary>
    private async Task<IReadOnlyList<string>?> ProjectKeysAsync(IMediator mediator, List<Problem> problems, CancellationToken cancellationToken)
    {
        if (Blank(Project) is not { } project)
            return null;
        var found = await mediator.Send(new FindProjectKeys(Keys: [project], Max: 1), cancellationToken);
        if (found.Count == 0)
        {
            problems.Add(new Problem("project", $"项目 {project} 不存在 (no such project)"));
            return null;
        }

        return [found[0].Id.ToString(), found[0].Code];
    }

    private InstanceSort SortOf(List<Problem> problems)
    {
        switch (Blank(Sort)?.ToLowerInvariant())
        {
            case null or "started":
                return InstanceSort.Started;
            case "ended":
                return InstanceSort.Ended;
            case "definition":
                return InstanceSort.Definition;
            default:
                problems.Add(new Problem("sort", "排序须为 started、ended 或 definition (sort by started, ended or definition)"));
                return InstanceSort.Started;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static InstanceStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : Enum.TryParse<InstanceStatus>(status, ignoreCase: true, out var parsed) ? parsed
        : throw new BadHttpRequestException($"Unknown instance status '{status}': use running, completed, cancelled or terminated.");
}
