using Mediator;
using Workflows.Projects.Attachments.Queries.ListCaseInstances;
using Workflows.Runtime.Common;
using Workflows.Runtime.Tasks.GetTask;

namespace Workflows.Host.Authorization;

/// <summary>
/// Comments and files are read on every task of their case (the instance, the instances that called it and
/// those it called: one conversation), so whoever may see one of the case's tasks may download a file attached
/// to another of them.
/// </summary>
public static class CaseAccess
{
    public static async Task EnsureCanViewAsync(Caller caller, TaskDetails task, IMediator mediator, CancellationToken cancellationToken)
    {
        if (TaskAccess.CanView(caller, task))
        {
            return;
        }

        foreach (var instanceId in await mediator.Send(new ListCaseInstances(task.Task.InstanceId), cancellationToken))
        {
            var query = VisibleTasks.For(caller) with { Status = null, InstanceId = instanceId, Take = 1 };
            if ((await mediator.Send(query, cancellationToken)).Total > 0)
            {
                return;
            }
        }
        throw new ForbiddenException($"No task of the case of process instance {task.Task.InstanceId} is one of {caller.UserName}'s tasks.");
    }
}
