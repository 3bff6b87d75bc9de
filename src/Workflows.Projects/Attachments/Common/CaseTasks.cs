using Workflows.Persistence;
using Workflows.Persistence.Tasks;

namespace Workflows.Projects.Attachments.Common;

/// <summary>
/// The tasks of the same process instance as a given task: the reviewers of a later step read what the
/// department wrote and attached on the earlier ones (the case is one conversation, not one per task).
/// </summary>
internal static class CaseTasks
{
    public static IQueryable<UserTaskRecord> Of(WorkflowsDbContext db, Guid taskId)
    {
        var instanceId = db.UserTasks.Where(t => t.Id == taskId).Select(t => t.InstanceId);
        return db.UserTasks.Where(t => instanceId.Contains(t.InstanceId));
    }
}
