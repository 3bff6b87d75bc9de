using Mediator;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Authorization;

/// <summary>
/// Comments and files are read on every task of their process instance (the case is one conversation), so
/// whoever may see one of the instance's tasks may download a file attached to another of them.
/// </summary>
public static class CaseAccess
{
    public static async Task EnsureCanViewAsync(Caller caller, TaskDetails task, IMediator mediator, CancellationToken cancellationToken)
    {
        if (TaskAccess.CanView(caller, task))
        {
            return;
        }

        var query = VisibleTasks.For(caller) with { Status = null, InstanceId = task.Task.InstanceId, Take = 1 };
        if ((await mediator.Send(query, cancellationToken)).Total == 0)
        {
            throw new ForbiddenException($"No task of process instance {task.Task.InstanceId} is one of {caller.UserName}'s tasks.");
        }
    }
}
