using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>The filters of <see cref="ListTasks"/>, the caller's visibility included, and the department groups that count for a caller.</summary>
internal static class TaskVisibility
{
    /// <summary>The filters other than visibility.</summary>
    public static IQueryable<UserTaskRecord> Filtered(WorkflowsDbContext db, ListTasks query)
    {
        var tasks = db.UserTasks.AsQueryable();
        if (query.Status is { } status)
            tasks = tasks.Where(t => t.Status == status);
        if (query.DefinitionKey is not null)
            tasks = tasks.Where(t => t.DefinitionKey == query.DefinitionKey);
        if (query.BusinessKey is not null)
            tasks = tasks.Where(t => t.BusinessKey == query.BusinessKey);
        if (query.InstanceId is { } instanceId)
            tasks = tasks.Where(t => t.InstanceId == instanceId);
        if (query.OfDepartment is not null)
            tasks = tasks.Where(t => t.DepartmentCode == query.OfDepartment);
        if (query.Assignee is not null)
            tasks = tasks.Where(t => t.Assignee == query.Assignee);
        if (query.Unassigned)
            tasks = tasks.Where(t => t.Assignee == null);
        if (query.DueBefore is { } dueBefore)
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        if (query.CandidateGroup is { } group)
            tasks = tasks.Where(t => db.Set<UserTaskCandidate>().Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && c.Value == group));
        if (query.Search is { } search)
        {
            var keys = query.SearchKeys ?? [];
            tasks = tasks.Where(t => (t.Name != null && t.Name.Contains(search)) || t.ActivityId.Contains(search)
                || (t.BusinessKey != null && (t.BusinessKey.Contains(search) || keys.Contains(t.BusinessKey))));
        }

        return tasks;
    }

    /// <summary>
    /// Visibility as a predicate on each task: one probe of the candidates' primary key (task_id, kind, value) per task,
    /// cheap when read in index order and the caller sees many tasks (the page stops after a few dozen probes).
    /// </summary>
    public static IQueryable<UserTaskRecord> Probed(WorkflowsDbContext db, ListTasks query, string user)
    {
        var groups = query.Groups ?? [];
        var department = query.Department;
        var departmentGroups = DepartmentGroups(query);
        return Filtered(db, query).Where(t => t.Assignee == user || t.CompletedBy == user || t.Owner == user
            || (t.Assignee == null && db.Set<UserTaskCandidate>().Any(c => c.TaskId == t.Id
                && ((c.Kind == CandidateKind.User && c.Value == user)
                    || (c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                    || (c.Kind == CandidateKind.Group && t.DepartmentCode == department && departmentGroups.Contains(c.Value))))));
    }

    /// <summary>Department groups count only with a department: without one, a clerk sees no department's tasks.</summary>
    public static IReadOnlyList<string> DepartmentGroups(ListTasks query) =>
        query.Department is null ? [] : query.DepartmentGroups ?? [];
}
