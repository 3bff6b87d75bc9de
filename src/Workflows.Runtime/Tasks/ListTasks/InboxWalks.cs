using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>
/// The first <c>skip + take</c> tasks of each way a caller may see a task (assigned to them, completed by them, owned by
/// them, unassigned in their department with one of their department groups, unassigned with them or one of their groups
/// among the candidates), each read in the page's order from an index that holds that order: the assignee and department
/// indexes of the tasks, the candidates' copies of the order keys. The page lies among them, so reading them costs what
/// the page needs, not the size of everyone's inbox.
/// </summary>
internal static class InboxWalks
{
    /// <summary>
    /// The ids of the first <paramref name="count"/> tasks of every walk, as one query: the walks are subqueries of one
    /// UNION ALL, so a page costs the database one round trip whatever number of ways the caller has to see tasks.
    /// </summary>
    public static IQueryable<Guid> FirstIds(WorkflowsDbContext db, ListTasks query, string user, int count)
    {
        var tasks = TaskVisibility.Filtered(db, query);
        var candidates = db.Set<UserTaskCandidate>();
        var unassigned = tasks.Where(t => t.Assignee == null);
        var walks = new List<IQueryable<OrderKeys>>
        {
            Keys(tasks.Where(t => t.Assignee == user)),
            Keys(tasks.Where(t => t.CompletedBy == user)),
            Keys(tasks.Where(t => t.Owner == user)),
            Keys(candidates.Where(c => c.Kind == CandidateKind.User && c.Value == user), query.Status, unassigned),
        };
        var departmentGroups = TaskVisibility.DepartmentGroups(query);
        if (departmentGroups.Count > 0)
        {
            walks.Add(Keys(unassigned.Where(t => t.DepartmentCode == query.Department
                && candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value)))));
        }

        foreach (var group in query.Groups ?? [])
            walks.Add(Keys(candidates.Where(c => c.Kind == CandidateKind.Group && c.Value == group), query.Status, unassigned));

        return walks.SelectMany(walk => First(walk, query.Sort, count)).Aggregate((all, next) => all.Concat(next));
    }

    /// <summary>A task's id and the keys of the inbox orders.</summary>
    private sealed class OrderKeys
    {
        public Guid Id { get; init; }
        public DateTimeOffset? DueAt { get; init; }
        public int? Priority { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
    }

    private static IQueryable<OrderKeys> Keys(IQueryable<UserTaskRecord> tasks) =>
        tasks.Select(t => new OrderKeys { Id = t.Id, DueAt = t.DueAt, Priority = t.Priority, CreatedAt = t.CreatedAt });

    /// <summary>The candidate rows lead (their index holds the order); the task itself is probed by its key for the filters.</summary>
    private static IQueryable<OrderKeys> Keys(IQueryable<UserTaskCandidate> candidates, UserTaskStatus? status, IQueryable<UserTaskRecord> unassigned)
    {
        candidates = candidates.Where(c => c.TaskAssigned == false);
        if (status is { } open)
            candidates = candidates.Where(c => c.TaskStatus == open);
        return candidates.Where(c => unassigned.Any(t => t.Id == c.TaskId))
            .Select(c => new OrderKeys { Id = c.TaskId, DueAt = c.TaskDueAt, Priority = c.TaskPriority, CreatedAt = c.TaskCreatedAt });
    }

    /// <summary>The first <paramref name="count"/> ids in <paramref name="sort"/>'s order; the due order in two reads (dated,
    /// then undated), since no index holds "due date, nulls last": the first <paramref name="count"/> of each hold the page.</summary>
    private static IEnumerable<IQueryable<Guid>> First(IQueryable<OrderKeys> keys, TaskSort sort, int count) => sort switch
    {
        TaskSort.Created => [keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id).Select(k => k.Id).Take(count)],
        TaskSort.Priority => [keys.OrderByDescending(k => k.Priority).ThenBy(k => k.DueAt == null).ThenBy(k => k.DueAt).ThenBy(k => k.Id)
            .Select(k => k.Id).Take(count)],
        TaskSort.Due =>
        [
            keys.Where(k => k.DueAt != null).OrderBy(k => k.DueAt).ThenByDescending(k => k.Priority).ThenBy(k => k.CreatedAt).ThenBy(k => k.Id)
                .Select(k => k.Id).Take(count),
            // Ordered by the (null) due date too: PostgreSQL takes "due_at IS NULL" for no equality, so only then does it read
            // the undated tasks in the order of the candidates' index rather than sorting them all.
            keys.Where(k => k.DueAt == null).OrderBy(k => k.DueAt).ThenByDescending(k => k.Priority).ThenBy(k => k.CreatedAt).ThenBy(k => k.Id)
                .Select(k => k.Id).Take(count),
        ],
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
