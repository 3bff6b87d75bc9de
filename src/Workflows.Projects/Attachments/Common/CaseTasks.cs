using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Projects.Attachments.Common;

/// <summary>
/// The tasks of the same case as a given task (see <see cref="CaseInstances"/>): the reviewers of a later step
/// read what the department wrote and attached on the earlier ones (the case is one conversation, not one per task).
/// </summary>
internal static class CaseTasks
{
    public static async Task<IQueryable<UserTaskRecord>> OfAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var instanceId = await db.UserTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).FirstOrDefaultAsync(cancellationToken);
        if (instanceId is null)
            return db.UserTasks.Where(t => false);
        var instances = await CaseInstances.OfAsync(db, instanceId.Value, cancellationToken);
        return db.UserTasks.Where(t => instances.Contains(t.InstanceId));
    }
}
