using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Tasks.Common;

/// <summary>Loads a task a command acts on and turns a missing or closed task into the matching 404/409 error.</summary>
public static class OpenTasks
{
    public static async ValueTask<UserTaskRecord> LoadAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        EnsureOpen(await db.UserTasks.FindAsync([taskId], cancellationToken), taskId);

    /// <summary>
    /// The task and its instance's row in one query, both tracked, so that the instance session finds the row
    /// without a second query. A task this transaction already tracks (a nested command) comes from the tracker.
    /// </summary>
    public static async ValueTask<UserTaskRecord> LoadWithInstanceAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var task = db.UserTasks.Local.FindEntry(taskId)?.Entity
            ?? (await TaskWithInstanceById(db, taskId).FirstOrDefaultAsync(cancellationToken))?.Task;
        return EnsureOpen(task, taskId);
    }

    // Not a compiled query: those are bound to one model, and the model differs per provider.
    private static IQueryable<TaskWithInstance> TaskWithInstanceById(WorkflowsDbContext db, Guid taskId) =>
        from task in db.UserTasks
        join instance in db.Instances on task.InstanceId equals instance.Id
        where task.Id == taskId
        select new TaskWithInstance(task, instance);

    private static UserTaskRecord EnsureOpen(UserTaskRecord? task, Guid taskId) => task?.Status switch
    {
        null => throw NotFoundException.For("Task", taskId),
        UserTaskStatus.Open => task,
        UserTaskStatus.Completed => throw new TaskAlreadyCompletedException(taskId, task.CompletedBy),
        _ => throw new ConflictException($"Task {taskId} was cancelled."),
    };

    private sealed record TaskWithInstance(UserTaskRecord Task, InstanceRecord Instance);
}
