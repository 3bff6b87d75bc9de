using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Tasks;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Runtime.Tasks.ClaimTask;

/// <summary>Makes <see cref="User"/> the assignee of an open, unassigned task (claiming one's own task again is a no-op).</summary>
public sealed record ClaimTask(Guid TaskId, string User) : ICommand;

public sealed class ClaimTaskHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ClaimTask>
{
    public async ValueTask<Unit> Handle(ClaimTask command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        var now = time.GetUtcNow();
        // A conditional update, so two users claiming at once cannot both win on any provider.
        var claimed = await db.UserTasks
            .Where(t => t.Id == command.TaskId && t.Status == UserTaskStatus.Open && (t.Assignee == null || t.Assignee == command.User))
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.Assignee, command.User)
                .SetProperty(t => t.ClaimedAt, now)
                .SetProperty(t => t.ClaimedBy, command.User), cancellationToken);
        if (claimed == 0)
            throw new ConflictException($"Task {command.TaskId} is already claimed by {task.Assignee}.");
        db.Add(TaskHistory.Entry(task, HistoryKind.TaskClaimed, now, command.User));
        return Unit.Value;
    }
}
