using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Projects.Projects.Queries.Deadlines;

/// <summary>
/// The open deadlines of projects: the due dates of the open tasks of their instances, which carry the
/// project id as business key (workflows/README.md, "Start variables").
/// </summary>
public static class OpenDeadlines
{
    public static string BusinessKey(Guid projectId) => projectId.ToString();

    /// <summary>Earliest first; <paramref name="projectIds"/> null reads every project's.</summary>
    public static async Task<IReadOnlyList<OpenDeadline>> ReadAsync(
        WorkflowsDbContext db, IReadOnlyCollection<Guid>? projectIds, CancellationToken cancellationToken)
    {
        var tasks = db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open && t.DueAt != null && t.BusinessKey != null);
        if (projectIds is not null)
        {
            var keys = projectIds.Select(BusinessKey).ToList();
            tasks = tasks.Where(t => keys.Contains(t.BusinessKey!));
        }

        var rows = await tasks.Select(t => new { t.BusinessKey, t.Name, t.ActivityId, t.DueAt, t.DepartmentCode }).ToListAsync(cancellationToken);
        return [.. rows
            .Where(row => Guid.TryParse(row.BusinessKey, out _))
            .Select(row => new OpenDeadline(Guid.Parse(row.BusinessKey!), row.Name ?? row.ActivityId, row.ActivityId, row.DueAt!.Value, row.DepartmentCode))
            .OrderBy(deadline => deadline.DueAt)];
    }
}
