using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Attachments.Common;

internal static class TaskRecords
{
    /// <summary>Comments and attachments go on open and closed tasks alike: a closed task's record may still need a note.</summary>
    public static async Task<UserTaskRecord> FindAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        await db.UserTasks.FindAsync([taskId], cancellationToken) ?? throw NotFoundException.For("Task", taskId);
}
