using Mediator;
using Workflows.Persistence;
using Workflows.Runtime.ExternalTasks.Common;

namespace Workflows.Runtime.ExternalTasks.ExtendExternalTaskLock;

/// <summary>The worker holding an unexpired lock keeps the task for <see cref="NewDuration"/> from now.</summary>
public sealed record ExtendExternalTaskLock(Guid TaskId, ExternalTaskWorker Worker, TimeSpan NewDuration) : ICommand;

public sealed class ExtendExternalTaskLockHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ExtendExternalTaskLock>
{
    public async ValueTask<Unit> Handle(ExtendExternalTaskLock command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = await ExternalTaskLocks.LoadHeldAsync(db, command.TaskId, command.Worker, now, cancellationToken);
        task.LockExpiresAt = now + command.NewDuration;
        task.Revision++;
        return Unit.Value;
    }
}
