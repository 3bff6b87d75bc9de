using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.ListTasks;

namespace Workflows.Host.Endpoints;

/// <summary>
/// The query string of GET /api/tasks. Besides <c>status</c>, <c>definitionKey</c>, <c>businessKey</c>, <c>skip</c>
/// and <c>take</c>: <c>search</c> (task name, business key or project name/code), <c>instanceId</c>,
/// <c>dueWithinDays</c> (at most that many working days left), <c>overdue</c>, <c>assignedToMe</c>,
/// <c>unassigned</c>, <c>group</c> (a candidate group) and <c>sort</c> (<c>due</c>, <c>created</c> or <c>priority</c>).
/// </summary>
public sealed record TaskListQuery(
    string? Status,
    string? DefinitionKey,
    string? BusinessKey,
    string? Search,
    Guid? InstanceId,
    int? DueWithinDays,
    bool? Overdue,
    bool? AssignedToMe,
    bool? Unassigned,
    string? Group,
    string? Sort,
    int? Skip,
    int? Take)
{
    private const int MaxDueWithinDays = 3650;

    /// <summary>The filters on top of the caller's visibility; bad values are refused with 400 problem details keyed by the parameter.</summary>
    public ListTasks ToQuery(ListTasks visible, string userName, DeadlineClock clock)
    {
        var problems = new List<Problem>();
        if (DueWithinDays is < 0 or > MaxDueWithinDays)
            problems.Add(new Problem("dueWithinDays", $"dueWithinDays 须在 0 至 {MaxDueWithinDays} 之间 (dueWithinDays must be 0-{MaxDueWithinDays})"));
        ListPaging.Check(problems, Skip, Take, order: null, ListTasksHandler.MaxTake);
        var sort = ParseSort(Sort);
        if (sort is null)
            problems.Add(new Problem("sort", $"未知的排序方式 '{Sort}'，可选 due、created、priority (unknown sort: use due, created or priority)"));
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        DateTimeOffset? dueBefore = DueWithinDays is { } days ? clock.EndOfWorkingDays(days) : null;
        if (Overdue == true && (dueBefore is null || clock.Now < dueBefore))
        {
            dueBefore = clock.Now;
        }

        return visible with
        {
            DefinitionKey = Blank(DefinitionKey),
            BusinessKey = Blank(BusinessKey),
            InstanceId = InstanceId,
            Assignee = AssignedToMe == true ? userName : null,
            Unassigned = Unassigned == true,
            CandidateGroup = Blank(Group),
            DueBefore = dueBefore,
            Sort = sort!.Value,
            Skip = Skip ?? 0,
            Take = Take ?? 50,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TaskSort? ParseSort(string? sort) => sort?.ToLowerInvariant() switch
    {
        null or "" or "due" => TaskSort.Due,
        "created" => TaskSort.Created,
        "priority" => TaskSort.Priority,
        _ => null,
    };
}
