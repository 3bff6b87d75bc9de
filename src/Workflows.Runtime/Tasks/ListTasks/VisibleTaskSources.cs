using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>
/// The same tasks as <see cref="TaskVisibility.Probed"/>, as a UNION ALL of disjoint branches each driven by the index of
/// what the caller is: the assignee and completer indexes, the department index (a clerk's department groups count only
/// there), and the candidates index (kind, value, task_id) once per candidate user or county-wide group. Reading it costs
/// what the caller sees, not the size of the inbox of everyone.
/// </summary>
internal static class VisibleTaskSources
{
    public static IQueryable<UserTaskRecord> Union(WorkflowsDbContext db, ListTasks query, string user)
    {
        var tasks = TaskVisibility.Filtered(db, query);
        var candidates = db.Set<UserTaskCandidate>();
        var department = query.Department;
        var departmentGroups = TaskVisibility.DepartmentGroups(query);

        // A task appears once: the assignee's, else the completer's, else an unassigned one by its first matching candidate.
        var union = tasks.Where(t => t.Assignee == user)
            .Concat(tasks.Where(t => t.CompletedBy == user && t.Assignee != user));
        var unassigned = tasks.Where(t => t.Assignee == null && t.CompletedBy != user);
        if (department is not null && departmentGroups.Count > 0)
        {
            union = union.Concat(unassigned.Where(t => t.DepartmentCode == department
                && candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value))));
            unassigned = unassigned.Where(t => t.DepartmentCode != department
                || !candidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && departmentGroups.Contains(c.Value)));
        }

        union = union.Concat(
            from c in candidates
            join t in unassigned on c.TaskId equals t.Id
            where c.Kind == CandidateKind.User && c.Value == user
            select t);
        var groups = query.Groups ?? [];
        for (var i = 0; i < groups.Count; i++)
        {
            var candidateGroup = groups[i];
            var earlierGroups = groups.Take(i).ToList();
            union = union.Concat(
                from c in candidates
                join t in unassigned on c.TaskId equals t.Id
                where c.Kind == CandidateKind.Group && c.Value == candidateGroup
                    && !candidates.Any(e => e.TaskId == t.Id
                        && ((e.Kind == CandidateKind.User && e.Value == user) || (e.Kind == CandidateKind.Group && earlierGroups.Contains(e.Value))))
                select t);
        }

        return union;
    }
}
