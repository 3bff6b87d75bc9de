namespace Workflows.Engine.Execution.Runtime;

/// <summary>Leaving activities early (interrupting events, terminate, completed multi-instance, cancel):
/// everything they opened is closed with cancelled events.</summary>
internal sealed partial class CommandRunner
{
    /// <summary>Cancels the execution and, innermost first, everything inside it.</summary>
    private void CancelTree(InstanceRun run, Execution execution)
    {
        foreach (var child in run.ChildrenOf(execution))
            CancelTree(run, child);
        CloseWaits(run, execution);
        if (execution.TaskId is { } taskId)
            Emit(new UserTaskCancelled(run.Instance.Id, Now, taskId));
        if (execution.ExternalTaskId is { } externalTaskId)
            Emit(new ExternalTaskCancelled(run.Instance.Id, Now, externalTaskId));
        if (execution.ChildInstanceId is { } childInstanceId)
            agenda.Enqueue(new AgendaItem(AgendaStep.CancelCalledInstance, run, null, null) { TargetInstanceId = childInstanceId });
        if (execution.IncidentId is { } incidentId)
            ResolveIncident(run, incidentId);
        if (execution.ParentId is not null && !execution.InTransit)
        {
            var type = run.NodeOf(execution) is { } node ? run.ActivityTypeOf(execution, node) : "";
            Emit(new ActivityEnded(run.Instance.Id, Now, execution.Id, execution.ActivityId, type, Cancelled: true));
        }
        Remove(run, execution);
    }

    private async ValueTask CancelCalledInstanceAsync(Guid instanceId)
    {
        var instance = await session.LoadAsync(instanceId, cancellationToken);
        if (instance.Status != InstanceStatus.Running)
            return;
        var run = await EnterInstanceAsync(instance);
        CancelInstance(run);
    }

    public void CancelInstance(InstanceRun run)
    {
        foreach (var execution in run.Executions.ToArray())
        {
            if (execution.ParentId is null)
                CancelTree(run, execution);
        }
        EndInstance(run, InstanceStatus.Cancelled);
    }
}
