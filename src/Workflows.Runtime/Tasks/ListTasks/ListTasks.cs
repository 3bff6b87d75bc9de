using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>
/// A page of tasks, most urgent first. With a <see cref="User"/>, only the tasks that user may see: assigned
/// to them, completed by them, or unassigned with them or one of <see cref="Groups"/> among the candidates.
/// <see cref="DepartmentGroups"/> count only on tasks of the caller's <see cref="Department"/> (department clerks).
/// </summary>
public sealed record ListTasks(
    string? User = null,
    IReadOnlyList<string>? Groups = null,
    UserTaskStatus? Status = UserTaskStatus.Open,
    string? DefinitionKey = null,
    string? BusinessKey = null,
    int Skip = 0,
    int Take = 50,
    IReadOnlyList<string>? DepartmentGroups = null,
    string? Department = null) : IQuery<TaskPage>;

public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total);

public sealed class ListTasksHandler(WorkflowsDbContext db) : IQueryHandler<ListTasks, TaskPage>
{
    public const int MaxTake = 500;

    public async ValueTask<TaskPage> Handle(ListTasks query, CancellationToken cancellationToken)
    {
        var tasks = Filter(query);
        var total = await tasks.CountAsync(cancellationToken);
        var items = await tasks
            .OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, MaxTake))
            .Select(t => new TaskSummary(t.Id, t.InstanceId, t.ActivityId, t.Name, t.Assignee, t.Status, t.DueAt, t.FollowUpAt,
                t.Priority, t.FormKey, t.CreatedAt, t.CompletedAt, t.CompletedBy, t.BusinessKey, t.DefinitionKey, t.DefinitionVersion))
            .ToListAsync(cancellationToken);
        return new TaskPage(items, total);
    }

    private IQueryable<UserTaskRecord> Filter(ListTasks query)
    {
        var tasks = db.UserTasks.AsNoTracking();
        if (query.Status is { } status)
            tasks = tasks.Where(t => t.Status == status);
        if (query.DefinitionKey is not null)
            tasks = tasks.Where(t => t.DefinitionKey == query.DefinitionKey);
        if (query.BusinessKey is not null)
            tasks = tasks.Where(t => t.BusinessKey == query.BusinessKey);
        if (query.User is not { } user)
            return tasks;

        var groups = query.Groups ?? [];
        // Starting from the candidate index keeps the inbox fast with 100,000 open tasks.
        var candidateTaskIds = db.Set<UserTaskCandidate>()
            .Where(c => (c.Kind == CandidateKind.User && c.Value == user) || (c.Kind == CandidateKind.Group && groups.Contains(c.Value)))
            .Select(c => c.TaskId);
        IReadOnlyList<string> departmentGroups = query.Department is null ? [] : query.DepartmentGroups ?? [];
        return tasks.Where(t => t.Assignee == user || t.CompletedBy == user
            || (t.Assignee == null && (candidateTaskIds.Contains(t.Id)
                || (t.DepartmentCode == query.Department && db.Set<UserTaskCandidate>().Any(
                    c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value))))));
    }
}
