using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Mail.HandOver;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.ResolveTask;

/// <summary>The delegate (<see cref="Actor"/>) gives a delegated task back to its owner, who completes it (Camunda's <c>resolveTask</c>).</summary>
public sealed record ResolveTask(Guid TaskId, string Actor) : ICommand;

public sealed class ResolveTaskHandler(WorkflowsDbContext db, TimeProvider time, TaskHandOverMailer mailer) : ICommandHandler<ResolveTask>
{
    public async ValueTask<Unit> Handle(ResolveTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadAsync(db, command.TaskId, cancellationToken);
        if (task.Delegation != DelegationState.Pending || task.Owner is not { } owner)
            throw new ConflictException($"任务未被委派，无需办结委派 (task {task.Id} is not delegated)");
        if (task.Assignee != command.Actor)
            throw new ForbiddenException($"Task {task.Id} is delegated to {task.Assignee}, not {command.Actor}.");
        var now = time.GetUtcNow();
        task.Assignee = owner;
        task.Delegation = DelegationState.Resolved;
        task.ClaimedAt = now;
        task.ClaimedBy = owner;
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskResolved, now, command.Actor, owner));
        await mailer.EnqueueAsync(task, owner, TaskHandOver.Resolved, command.Actor, now, cancellationToken);
        return Unit.Value;
    }
}
