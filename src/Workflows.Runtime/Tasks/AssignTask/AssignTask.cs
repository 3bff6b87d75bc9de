using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Mail.HandOver;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.AssignTask;

/// <summary>
/// A group leader (<see cref="Actor"/>) makes <see cref="Assignee"/> the assignee of an open task, whoever held it
/// (Camunda's <c>setAssignee</c>); the host checks that the actor leads the task's group and the assignee belongs to it.
/// </summary>
public sealed record AssignTask(Guid TaskId, string Assignee, string Actor) : ICommand;

public sealed class AssignTaskHandler(WorkflowsDbContext db, TimeProvider time, TaskHandOverMailer mailer) : ICommandHandler<AssignTask>
{
    public async ValueTask<Unit> Handle(AssignTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        if (task.Assignee == command.Assignee)
            throw new ConflictException($"Task {task.Id} is already assigned to {command.Assignee}.");
        var now = time.GetUtcNow();
        task.Assignee = command.Assignee;
        task.ClaimedAt = now;
        task.ClaimedBy = command.Actor;
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskAssigned, now, command.Actor, command.Assignee));
        await mailer.EnqueueAsync(task, command.Assignee, TaskHandOver.Assigned, command.Actor, now, cancellationToken);
        return Unit.Value;
    }
}
