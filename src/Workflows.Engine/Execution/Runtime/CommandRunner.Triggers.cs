using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>A correlated message or a fired timer: continue a catch event or run a boundary event.</summary>
internal sealed partial class CommandRunner
{
    public static (Execution Execution, EventWait Wait)? FindWait(InstanceRun run, Guid waitId, EventWaitKind kind)
    {
        foreach (var execution in run.Executions)
        {
            if (execution.Waits is null)
                continue;
            foreach (var wait in execution.Waits)
            {
                if (wait.Id == waitId && wait.Kind == kind)
                    return (execution, wait);
            }
        }
        return null;
    }

    /// <summary>The wait of the first token (in the order they were created) sitting at the receive task itself.</summary>
    public static (Execution Execution, EventWait Wait)? FindReceiveTaskWait(InstanceRun run, string activityId)
    {
        if (run.Model.NodesById.GetValueOrDefault(activityId) is not ReceiveTask)
            return null;
        foreach (var execution in run.Executions)
        {
            if (execution.ActivityId != activityId || execution.Waits is null)
                continue;
            foreach (var wait in execution.Waits)
            {
                if (wait.EventId == activityId && wait.Kind is EventWaitKind.Signal or EventWaitKind.Message)
                    return (execution, wait);
            }
        }
        return null;
    }

    /// <summary>The trigger consumes the subscription or job itself: a correlated subscription is closed,
    /// a fired job needs no cancellation.</summary>
    public void Trigger(InstanceRun run, Execution execution, EventWait wait)
    {
        var eventNode = run.Model.Node(wait.EventId);
        if (eventNode is BoundaryEvent { CancelActivity: false } nonInterrupting)
        {
            KeepOrConsumeNonInterrupting(run, execution, wait, nonInterrupting);
            var token = NewExecution(run, run.ParentOf(execution), ExecutionState.Active);
            MoveTo(run, token, nonInterrupting, viaFlow: null);
            return;
        }
        Consume(run, execution, wait);
        if (eventNode is BoundaryEvent interrupting)
        {
            Interrupt(run, execution, interrupting);
            return;
        }
        execution.State = ExecutionState.Active;
        Schedule(AgendaStep.Leave, run, execution, eventNode);
    }

    private void Consume(InstanceRun run, Execution execution, EventWait wait)
    {
        execution.Waits!.Remove(wait);
        if (execution.Waits.Count == 0)
            execution.Waits = null;
        if (wait.Kind == EventWaitKind.Message)
            Emit(new MessageSubscriptionClosed(run.Instance.Id, Now, wait.Id));
    }

    /// <summary>A non-interrupting message stays subscribed while its activity runs; a timer cycle
    /// reschedules until its repetitions are used up.</summary>
    private void KeepOrConsumeNonInterrupting(InstanceRun run, Execution execution, EventWait wait, BoundaryEvent boundary)
    {
        if (wait.Kind == EventWaitKind.Message)
            return;
        var timer = (TimerEventDefinition)boundary.Definition;
        if (timer.Kind != TimerKind.Cycle || wait.RepetitionsLeft == 0)
        {
            Consume(run, execution, wait);
            return;
        }
        wait.Id = Guid.CreateVersion7(Now);
        wait.DueAt = DueDates.NextCycleOccurrence(TimerValue(run, execution, timer), CalendarNameOf(boundary, timer), wait.DueAt!.Value);
        // A later cycle counts on from the previous due rather than from a basis of its own.
        wait.DueBasis = null;
        wait.RepetitionsLeft--;
        Emit(new TimerScheduled(run.Instance.Id, Now, wait.Id, execution.Id, wait.EventId, wait.DueAt.Value, timer));
    }

    /// <summary>An interrupting boundary event: the activity and everything inside it is cancelled.</summary>
    private void Interrupt(InstanceRun run, Execution carrier, BoundaryEvent boundary)
    {
        var scope = run.ParentOf(carrier);
        CancelTree(run, carrier);
        var token = NewExecution(run, scope, ExecutionState.Active);
        MoveTo(run, token, boundary, viaFlow: null);
    }
}
