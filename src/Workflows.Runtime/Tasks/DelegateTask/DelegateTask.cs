using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Mail.HandOver;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.DelegateTask;

/// <summary>
/// Camunda's delegation: <see cref="Delegate"/> becomes the assignee while the task keeps its owner (the assignee at the
/// time, or the delegating leader on an unassigned task), and the delegate resolves it to give it back to the owner.
/// </summary>
public sealed record DelegateTask(Guid TaskId, string Delegate, string Actor) : ICommand;

public sealed class DelegateTaskHandler(WorkflowsDbContext db, TimeProvider time, TaskHandOverMailer mailer) : ICommandHandler<DelegateTask>
{
    public async ValueTask<Unit> Handle(DelegateTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        var owner = task.Assignee ?? command.Actor;
        if (owner == command.Delegate)
            throw new InvalidRequestException([new Problem("assignee", $"{command.Delegate} 已是任务的办理人 ({command.Delegate} already holds the task)")]);
        var now = time.GetUtcNow();
        task.Owner = owner;
        task.Assignee = command.Delegate;
        task.Delegation = DelegationState.Pending;
        task.ClaimedAt = now;
        task.ClaimedBy = command.Actor;
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskDelegated, now, command.Actor, command.Delegate));
        await mailer.EnqueueAsync(task, command.Delegate, TaskHandOver.Delegated, command.Actor, now, cancellationToken);
        return Unit.Value;
    }
}
