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

    /// <summary>
    /// Project ids one statement looks up: EF Core sends each as a parameter, and a statement takes at most 32,766 on
    /// SQLite, 2,100 on SQL Server and 65,535 on PostgreSQL, fewer than the projects of a whole list.
    /// </summary>
    private const int KeysPerStatement = 1_000;

    /// <summary>The deadlines of <paramref name="projectIds"/>, earliest first: one statement per <see cref="KeysPerStatement"/> projects.</summary>
    public static async Task<IReadOnlyList<OpenDeadline>> ReadAsync(
        WorkflowsDbContext db, IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken)
    {
        var deadlines = new List<OpenDeadline>();
        foreach (var keys in projectIds.Select(BusinessKey).Chunk(KeysPerStatement))
            deadlines.AddRange(await ReadAsync(Open(db).Where(t => keys.Contains(t.BusinessKey!)), cancellationToken));
        return [.. deadlines.OrderBy(deadline => deadline.DueAt)];
    }

    /// <summary>Earliest first: the deadlines due before <paramref name="before"/> (and not before <paramref name="from"/>),
    /// of the tasks <paramref name="activityIds"/> names if given; read from the (status, due date) index.</summary>
    public static async Task<IReadOnlyList<OpenDeadline>> ReadDueAsync(
        WorkflowsDbContext db, DateTimeOffset? from, DateTimeOffset before, IReadOnlyCollection<string>? activityIds, CancellationToken cancellationToken)
    {
        var tasks = Open(db).Where(t => t.DueAt < before);
        if (from is { } start)
            tasks = tasks.Where(t => t.DueAt >= start);
        if (activityIds is not null)
            tasks = tasks.Where(t => activityIds.Contains(t.ActivityId));
        return await ReadAsync(tasks, cancellationToken);
    }

    private static IQueryable<UserTaskRecord> Open(WorkflowsDbContext db) =>
        db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open && t.DueAt != null && t.BusinessKey != null);

    private static async Task<IReadOnlyList<OpenDeadline>> ReadAsync(IQueryable<UserTaskRecord> tasks, CancellationToken cancellationToken)
    {
        var rows = await tasks.Select(t => new { t.BusinessKey, t.Name, t.ActivityId, t.DueAt, t.DepartmentCode }).ToListAsync(cancellationToken);
        return [.. rows
            .Where(row => Guid.TryParse(row.BusinessKey, out _))
            .Select(row => new OpenDeadline(Guid.Parse(row.BusinessKey!), row.Name ?? row.ActivityId, row.ActivityId, row.DueAt!.Value, row.DepartmentCode))
            .OrderBy(deadline => deadline.DueAt)];
    }
}
