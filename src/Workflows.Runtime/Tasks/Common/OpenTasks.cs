using Workflows.Persistence;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Rows;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Tasks.Common;

/// <summary>Loads a task a command acts on and turns a missing or closed task into the matching 404/409 error.</summary>
public static class OpenTasks
{
    /// <summary>The open task, tracked; one this transaction already tracks (a nested command) comes from the tracker.</summary>
    public static async ValueTask<UserTaskRecord> LoadAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        EnsureOpen(await db.FindRowAsync<UserTaskRecord>(taskId, cancellationToken), taskId);

    /// <summary>The open task as <see cref="LoadAsync"/> gives it, its instance's row read in the same round trip for the command to load.</summary>
    public static async ValueTask<UserTaskRecord> LoadWithInstanceAsync(WorkflowsDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        EnsureOpen(await db.FindRowWithAsync<UserTaskRecord, InstanceRecord>(taskId, nameof(UserTaskRecord.InstanceId), cancellationToken), taskId);

    private static UserTaskRecord EnsureOpen(UserTaskRecord? task, Guid taskId) => task?.Status switch
    {
        null => throw NotFoundException.For("Task", taskId),
        UserTaskStatus.Open => task,
        UserTaskStatus.Completed => throw new TaskAlreadyCompletedException(taskId, task.CompletedBy),
        _ => throw new ConflictException($"Task {taskId} was cancelled."),
    };
}
