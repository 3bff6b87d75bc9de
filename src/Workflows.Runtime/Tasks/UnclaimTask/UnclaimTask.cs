using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.UnclaimTask;

/// <summary>Gives an open task back to its candidates.</summary>
public sealed record UnclaimTask(Guid TaskId, string? Actor = null) : ICommand;

public sealed class UnclaimTaskHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<UnclaimTask>
{
    public async ValueTask<Unit> Handle(UnclaimTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        if (task.Assignee is null)
            return Unit.Value;
        task.Assignee = null;
        task.ClaimedAt = null;
        task.ClaimedBy = null;
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskUnclaimed, time.GetUtcNow(), command.Actor));
        return Unit.Value;
    }
}
