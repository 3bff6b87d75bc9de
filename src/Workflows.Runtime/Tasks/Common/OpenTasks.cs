using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Tasks.Common;

/// <summary>Loads a task a command acts on and turns a missing or closed task into the matching 404/409 error.</summary>
public static class OpenTasks
{
    public static async ValueTask<UserTaskRecord> LoadAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.UserTasks.FindAsync([taskId], cancellationToken) ?? throw NotFoundException.For("Task", taskId);
        return task.Status switch
        {
            UserTaskStatus.Open => task,
            UserTaskStatus.Completed => throw new TaskAlreadyCompletedException(taskId, task.CompletedBy),
            _ => throw new ConflictException($"Task {taskId} was cancelled."),
        };
    }
}
