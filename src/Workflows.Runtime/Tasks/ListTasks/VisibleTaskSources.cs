using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>
/// The ids of the tasks a caller may see (as <see cref="InboxWalks"/> reads them), counted: a UNION ALL of disjoint branches each driven by
/// the index of what the caller is: the assignee and completer indexes, the department index (a clerk's department
/// groups count only there), and the candidates index (kind, value, task_id) once per candidate user or county-wide
/// group, probing the task by its key. Reading it costs what the caller sees, not the size of everyone's inbox.
/// Each branch stops after <c>limit</c> rows of its own: PostgreSQL plans a branch of a UNION ALL for all its rows, whatever
/// limit lies on the union, and so joined a group's 500,000 candidate rows to every open task by hashing instead of probing
/// the first thousand (270 ms for the reviewer's count at 1,000,000 open tasks, 4 ms with the branch's own limit). The limits
/// are written into the statement, not sent as parameters: after five runs PostgreSQL may keep a generic plan, which knows no
/// parameter's value and plans a branch for a tenth of its rows, and so read a clerk's department with parallel workers
/// (11–23 ms against 2.5 ms with the limit known).
/// </summary>
internal static class VisibleTaskSources
{
    /// <summary>The visible ids, at most <paramref name="limit"/> from each branch: all of them while the caller sees no more.</summary>
    public static IQueryable<Guid> Union(WorkflowsDbContext db, ListTasks query, string user, int limit)
    {
        var tasks = TaskVisibility.Filtered(db, query);
        var candidates = db.Set<UserTaskCandidate>();
        var department = query.Department;
        var departmentGroups = TaskVisibility.DepartmentGroups(query);

        // A task appears once: the assignee's, else the completer's, else its owner's (delegated to someone else, or given
        // back to its candidates after the delegation was resolved), else an unassigned one by its first matching candidate.
        var union = tasks.Where(t => t.Assignee == user).Select(t => t.Id).TakeWritten(limit)
            .Concat(tasks.Where(t => t.CompletedBy == user && t.Assignee != user).Select(t => t.Id).TakeWritten(limit))
            .Concat(tasks.Where(t => t.Owner == user && t.Assignee != user && (t.CompletedBy == null || t.CompletedBy != user))
                .Select(t => t.Id).TakeWritten(limit));
        var unassigned = tasks.Where(t => t.Assignee == null && t.CompletedBy != user && t.Owner != user);
        if (department is not null && departmentGroups.Count > 0)
        {
            // In the department index's order, so that the branch reads its first rows from that index: unordered, PostgreSQL
            // scanned the table for the department's first tasks (a clerk's count at 1,000,000 open tasks: 9–134 ms as the
            // department's tasks lie in the table, 2.5 ms from the index).
            union = union.Concat(InDepartmentOrder(unassigned.Where(t => t.DepartmentCode == department
                && candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value)))).Select(t => t.Id).TakeWritten(limit));
            unassigned = unassigned.Where(t => t.DepartmentCode != department
                || !candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value)));
        }

        // The candidate row is the outer table, so that SQLite (without statistics) walks the candidates index rather
        // than every unassigned task.
        union = union.Concat(candidates
            .Where(c => c.Kind == CandidateKind.User && c.Value == user && unassigned.Any(t => t.Id == c.TaskId))
            .Select(c => c.TaskId).TakeWritten(limit));
        var groups = query.Groups ?? [];
        for (var i = 0; i < groups.Count; i++)
        {
            var candidateGroup = groups[i];
            var earlierGroups = groups.Take(i).ToList();
            union = union.Concat(candidates
                .Where(c => c.Kind == CandidateKind.Group && c.Value == candidateGroup && unassigned.Any(t => t.Id == c.TaskId)
                    && !candidates.Any(e => e.TaskId == c.TaskId
                        && ((e.Kind == CandidateKind.User && e.Value == user) || (e.Kind == CandidateKind.Group && earlierGroups.Contains(e.Value)))))
                .Select(c => c.TaskId).TakeWritten(limit));
        }

        return union;
    }

    /// <summary>The first <paramref name="count"/> rows, the count written into the statement as a constant (EF Core sends a
    /// <c>Take</c>'s count as a parameter, and <c>EF.Constant</c> works only inside the query's expression).</summary>
    internal static IQueryable<T> TakeWritten<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], source.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));

    /// <summary>
    /// The order of the department index of the tasks (department, status, assignee, due date, priority descending, creation,
    /// id). The status and the (null) assignee lead it although the branch fixes both: PostgreSQL takes "assignee IS NULL" for
    /// no equality, and reads the index in this order only when the order names the column.
    /// </summary>
    internal static IOrderedQueryable<UserTaskRecord> InDepartmentOrder(IQueryable<UserTaskRecord> tasks) =>
        tasks.OrderBy(t => t.Status).ThenBy(t => t.Assignee).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority)
            .ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
