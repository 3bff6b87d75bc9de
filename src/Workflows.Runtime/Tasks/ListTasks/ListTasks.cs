using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>
/// A page of tasks, the nearest due date first (tasks without one last), then by priority and age. With a
/// <see cref="User"/>, only the tasks that user may see: assigned to them, completed by them, or unassigned
/// with them or one of <see cref="Groups"/> among the candidates, or owned by them while a delegate holds them. <see cref="DepartmentGroups"/> count only
/// on tasks of the caller's <see cref="Department"/> (department clerks). <see cref="InstanceId"/> keeps the tasks of one
/// process instance; <see cref="OfDepartment"/> the tasks of one department, whoever may see them.
/// The inbox's filters: <see cref="Search"/> (in the task name, activity and business key, or one of
/// <see cref="SearchKeys"/>), <see cref="Assignee"/>, <see cref="Unassigned"/>, <see cref="CandidateGroup"/> and
/// <see cref="DueBefore"/>; <see cref="Sort"/> orders by due date (the default), newest first or priority.
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
    string? Department = null,
    Guid? InstanceId = null,
    string? OfDepartment = null,
    string? Search = null,
    IReadOnlyList<string>? SearchKeys = null,
    string? Assignee = null,
    bool Unassigned = false,
    string? CandidateGroup = null,
    DateTimeOffset? DueBefore = null,
    TaskSort Sort = TaskSort.Due) : IQuery<TaskPage>;

/// <summary><see cref="Total"/> stops at <see cref="ListTasksHandler.TotalCap"/>; <see cref="TotalCapped"/> says there are more.</summary>
public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, bool TotalCapped = false);

public sealed class ListTasksHandler(WorkflowsDbContext db) : IQueryHandler<ListTasks, TaskPage>
{
    public const int MaxTake = 500;

    /// <summary>Counting 100,000 visible tasks costs more than the page itself; nobody pages that far.</summary>
    public const int TotalCap = 1000;

    public async ValueTask<TaskPage> Handle(ListTasks query, CancellationToken cancellationToken)
    {
        var skip = Math.Max(query.Skip, 0);
        var take = Math.Clamp(query.Take, 1, MaxTake);
        // Each way of seeing tasks gives at most TotalCap + 1: all of them while the caller sees no more than TotalCap in all.
        // A business key or an instance names a handful of tasks: they are read by that key's index and each tested for the
        // caller. Walking each way the caller sees tasks with the key as a filter read the clerk's whole department on SQLite,
        // which without statistics takes the department index (three equalities) for the better one (~170 ms at 1,000,000 open tasks).
        var keyed = query.BusinessKey is not null || query.InstanceId is not null;
        var visibleIds = query.User is { } user
            ? keyed ? TaskVisibility.Probed(db, query, user).Select(t => t.Id) : VisibleTaskSources.Union(db, query, user, TotalCap + 1)
            : TaskVisibility.Filtered(db, query).Select(t => t.Id);
        // Counted from the caller's own indexes: at most TotalCap + 1 rows, whatever the inbox of everyone holds.
        var counted = await visibleIds.TakeWritten(TotalCap + 1).CountAsync(cancellationToken);
        // A caller with county-wide groups: the page lies among the first skip + take tasks of each way they see tasks,
        // which one query sorts. A group's tasks may lie sparse in the inbox order of everyone's tasks; a clerk's (their
        // own and their department's) lie dense enough there that one read of it, probing each task, costs less.
        var firstIds = query.User is { } caller && query.Groups is { Count: > 0 } && !keyed ? InboxWalks.FirstIds(db, query, caller, skip + take) : null;
        var items = firstIds is not null
            ? await Page(Sorted(db.UserTasks.Where(t => firstIds.Contains(t.Id)), query.Sort).Skip(skip), take, cancellationToken)
            : counted <= TotalCap || query.Sort != TaskSort.Due
                ? await Page(Sorted(db.UserTasks.Where(t => visibleIds.Contains(t.Id)), query.Sort).Skip(skip), take, cancellationToken)
                // So many visible tasks lie dense enough in the inbox order that reading it beats sorting them all.
                : await PageInIndexOrder(query.User is { } reader ? TaskVisibility.Probed(db, query, reader) : TaskVisibility.Filtered(db, query),
                    skip, take, cancellationToken);
        return new TaskPage(items, Math.Min(counted, TotalCap), counted > TotalCap);
    }

    private static IOrderedQueryable<UserTaskRecord> Sorted(IQueryable<UserTaskRecord> tasks, TaskSort sort) => sort switch
    {
        TaskSort.Created => tasks.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
        TaskSort.Priority => tasks.OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id),
        _ => tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id),
    };

    private static async Task<List<TaskSummary>> PageInIndexOrder(IQueryable<UserTaskRecord> tasks, int skip, int take, CancellationToken cancellationToken)
    {
        // Two index-ordered reads instead of one "due date nulls last" sort, which no index can serve:
        // each stops after skip + take rows of ix_user_tasks_status_due_order, and the merge keeps the order.
        var withDue = await Page(tasks.Where(t => t.DueAt != null)
            .OrderBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id), skip + take, cancellationToken);
        var withoutDue = withDue.Count >= skip + take
            ? []
            : await Page(tasks.Where(t => t.DueAt == null)
                .OrderByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id), skip + take - withDue.Count, cancellationToken);
        return [.. withDue.Concat(withoutDue).Skip(skip).Take(take)];
    }

    private static async Task<List<TaskSummary>> Page(IQueryable<UserTaskRecord> ordered, int count, CancellationToken cancellationToken) =>
        await ordered.Take(count)
            .Select(t => new TaskSummary(t.Id, t.InstanceId, t.ActivityId, t.Name, t.Assignee, t.Status, t.DueAt, t.FollowUpAt,
                t.Priority, t.FormKey, t.CreatedAt, t.CompletedAt, t.CompletedBy, t.BusinessKey, t.DefinitionKey, t.DefinitionVersion, t.Owner, t.Delegation))
            .ToListAsync(cancellationToken);
}
