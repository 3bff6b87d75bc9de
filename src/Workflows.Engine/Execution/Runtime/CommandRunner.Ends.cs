using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>End events and the completion of scopes: a scope ends when its last token ends.</summary>
internal sealed partial class CommandRunner
{
    private void ReachEnd(InstanceRun run, Execution execution, EndEvent end)
    {
        switch (end.Kind)
        {
            case EndEventKind.Error:
                ThrowError(run, execution, end.ErrorCode ?? "", end.ErrorMessage);
                return;
            case EndEventKind.Terminate:
                Emit(new ActivityEnded(run.Instance.Id, Now, execution.Id, end.Id, ActivityTypes.Of(end), Cancelled: false));
                Terminate(run, execution, end);
                return;
            default:
                Emit(new ActivityEnded(run.Instance.Id, Now, execution.Id, end.Id, ActivityTypes.Of(end), Cancelled: false));
                EndToken(run, execution, end);
                return;
        }
    }

    /// <param name="end">The end event the token reached, or null when it left an activity without outgoing flows.</param>
    private void EndToken(InstanceRun run, Execution execution, EndEvent? end = null)
    {
        var scope = run.ParentOf(execution)!;
        Remove(run, execution);
        if (!run.HasChildren(scope))
            CompleteScope(run, scope, InstanceStatus.Completed, end);
    }

    /// <summary>Terminate end: every other token of the same scope is cancelled and the scope completes.</summary>
    private void Terminate(InstanceRun run, Execution execution, EndEvent end)
    {
        var scope = run.ParentOf(execution)!;
        Remove(run, execution);
        foreach (var sibling in run.ChildrenOf(scope))
            CancelTree(run, sibling);
        CompleteScope(run, scope, InstanceStatus.Terminated, end);
    }

    /// <param name="end">The end event whose token completed the scope; it names the instance's outcome when the scope is the process.</param>
    private void CompleteScope(InstanceRun run, Execution scope, InstanceStatus topLevelStatus, EndEvent? end)
    {
        if (scope.ParentId is null)
        {
            Remove(run, scope);
            EndInstance(run, topLevelStatus, end);
            return;
        }
        scope.State = ExecutionState.Active;
        Schedule(AgendaStep.Leave, run, scope, run.NodeOf(scope)!);
    }

    private void EndInstance(InstanceRun run, InstanceStatus status, EndEvent? end = null)
    {
        var instance = run.Instance;
        instance.Status = status;
        instance.EndedAt = Now;
        Emit(new InstanceEnded(instance.Id, Now, status, Actor, status == InstanceStatus.Cancelled ? CancelReason : null, end?.Id, end?.Name));
        if (instance.ParentInstanceId is not null && status != InstanceStatus.Cancelled)
            agenda.Enqueue(new AgendaItem(AgendaStep.ResumeCaller, run, null, null));
    }
}
