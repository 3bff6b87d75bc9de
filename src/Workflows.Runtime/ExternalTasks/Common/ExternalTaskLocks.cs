using Workflows.Persistence;
using Workflows.Persistence.ExternalTasks;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.ExternalTasks.Common;

/// <summary>
/// The checks before a worker completes, fails, reports an error on or extends the lock of a task: it exists (404),
/// its topic is on the account's allow-list (403), and the worker holds an unexpired lock on it (409). The row is
/// tracked with its revision, so a lock another worker took after the check makes the command's save fail.
/// </summary>
public static class ExternalTaskLocks
{
    public static async Task<ExternalTaskRecord> LoadHeldAsync(
        WorkflowsDbContext db, Guid taskId, ExternalTaskWorker worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = await db.Set<ExternalTaskRecord>().FindAsync([taskId], cancellationToken)
            ?? throw NotFoundException.For("External task", taskId);
        if (!(await WorkerTopics.OfAsync(db, worker.UserName, cancellationToken)).Contains(task.Topic))
            throw new ForbiddenException($"账号 {worker.UserName} 无权处理主题 {task.Topic} 的外部任务 (topic '{task.Topic}' is not on the allow-list of '{worker.UserName}')");
        if (task.WorkerId != worker.WorkerId || task.LockedBy != worker.UserName)
            throw new ConflictException(new Problem("workerId",
                $"外部任务 {taskId} 未被工作器 {worker.WorkerId} 锁定 (external task {taskId} is not locked by worker '{worker.WorkerId}')"));
        if (task.LockExpiresAt is not { } expiresAt || expiresAt <= now)
            throw new ConflictException(new Problem("lockExpirationTime",
                $"外部任务 {taskId} 的锁已于 {task.LockExpiresAt:O} 过期 (the lock of external task {taskId} expired)"));
        return task;
    }
}
