using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>BPMN errors: recorded where they are thrown (code and message), caught by the nearest enclosing error boundary
/// event, across call activities; uncaught, they park the throwing execution on an incident.</summary>
internal sealed partial class CommandRunner
{
    private void ThrowError(InstanceRun run, Execution thrower, string errorCode, string? errorMessage)
    {
        Emit(new ErrorThrown(run.Instance.Id, Now, thrower.Id, thrower.ActivityId, errorCode, errorMessage));
        if (TryCatchError(run, thrower, errorCode))
            return;
        if (run.Instance.ParentInstanceId is not null)
        {
            agenda.Enqueue(new AgendaItem(AgendaStep.PropagateErrorToCaller, run, thrower, null) { ErrorCode = errorCode, ErrorMessage = errorMessage });
            return;
        }
        RaiseUncaughtError(run, thrower, errorCode, errorMessage);
    }

    private bool TryCatchError(InstanceRun run, Execution from, string errorCode)
    {
        for (var current = from; current is not null; current = run.ParentOf(current))
        {
            // The boundary events of a multi-instance activity belong to its body, one level up.
            if (current.ParentId is null || run.IsMultiInstanceChild(current) || run.NodeOf(current) is not Activity activity)
                continue;
            if (ErrorBoundaryOf(activity, errorCode) is { } boundary)
            {
                Interrupt(run, current, boundary);
                return true;
            }
        }
        return false;
    }

    /// <summary>A boundary naming the code wins over a catch-all one.</summary>
    private static BoundaryEvent? ErrorBoundaryOf(Activity activity, string errorCode)
    {
        BoundaryEvent? catchAll = null;
        foreach (var boundary in activity.Boundaries)
        {
            if (boundary.Definition is not ErrorEventDefinition error)
                continue;
            if (string.IsNullOrEmpty(error.ErrorCode))
                catchAll ??= boundary;
            else if (error.ErrorCode == errorCode)
                return boundary;
        }
        return catchAll;
    }

    /// <summary>Walks up the chain of calling instances; the first call activity with a matching boundary catches.</summary>
    private async ValueTask PropagateErrorToCallerAsync(InstanceRun calledRun, Execution thrower, string errorCode, string? errorMessage)
    {
        var run = calledRun;
        while (run.Instance.ParentInstanceId is { } callerId)
        {
            var caller = await EnterInstanceAsync(await session.LoadAsync(callerId, cancellationToken));
            if (caller.Instance.Status != InstanceStatus.Running
                || caller.Find(run.Instance.ParentExecutionId ?? Guid.Empty) is not { } callExecution)
                break;
            if (TryCatchError(caller, callExecution, errorCode))
                return;
            run = caller;
        }
        RaiseUncaughtError(calledRun, thrower, errorCode, errorMessage);
    }

    private void RaiseUncaughtError(InstanceRun run, Execution thrower, string errorCode, string? errorMessage) =>
        RaiseIncident(run, thrower, ExecutionStep.Execute, $"BPMN error '{errorCode}' was not caught by any error boundary event."
            + (string.IsNullOrWhiteSpace(errorMessage) ? "" : $" Error message: {errorMessage}"));
}
