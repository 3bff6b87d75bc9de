using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>The filters of <see cref="ListTasks"/>, the caller's visibility included.</summary>
internal static class TaskVisibility
{
    public static IQueryable<UserTaskRecord> Filter(WorkflowsDbContext db, ListTasks query)
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
        if (query.User is not { } user)
            return tasks;

        var groups = query.Groups ?? [];
        var department = query.Department;
        IReadOnlyList<string> departmentGroups = department is null ? [] : query.DepartmentGroups ?? [];
        // One probe of the candidates' primary key (task_id, kind, value) per task read in index order:
        // the page stops after a few dozen probes instead of joining every candidate row of a large group.
        return tasks.Where(t => t.Assignee == user || t.CompletedBy == user
            || (t.Assignee == null && db.Set<UserTaskCandidate>().Any(c => c.TaskId == t.Id
                && ((c.Kind == CandidateKind.User && c.Value == user)
                    || (c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                    || (c.Kind == CandidateKind.Group && t.DepartmentCode == department && departmentGroups.Contains(c.Value))))));
    }
}
