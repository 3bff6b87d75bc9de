using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Message subscriptions and timers of catch events and boundary events.</summary>
internal sealed partial class CommandRunner
{
    /// <summary>All due dates are computed before anything opens, so a bad timer opens nothing.</summary>
    private void OpenBoundaryEvents(InstanceRun run, Execution execution, Activity activity)
    {
        if (activity.Boundaries.Count == 0)
            return;
        var waits = new List<(EventWait Wait, EventDefinition Definition)>(activity.Boundaries.Count);
        foreach (var boundary in activity.Boundaries)
        {
            if (boundary.Definition is MessageEventDefinition or TimerEventDefinition)
                waits.Add((CreateWait(run, execution, boundary, boundary.Definition), boundary.Definition));
        }
        foreach (var (wait, definition) in waits)
            RegisterWait(run, execution, wait, definition);
    }

    private void WaitAtCatchEvent(InstanceRun run, Execution execution, IntermediateCatchEvent catchEvent)
    {
        var wait = CreateWait(run, execution, catchEvent, catchEvent.Definition);
        RegisterWait(run, execution, wait, catchEvent.Definition);
        execution.State = wait.Kind == EventWaitKind.Message ? ExecutionState.WaitingForMessage : ExecutionState.WaitingForTimer;
    }

    /// <summary>A receive task with a message subscribes like a catch event; without one it only waits for a signal.</summary>
    private void WaitAtReceiveTask(InstanceRun run, Execution execution, ReceiveTask task)
    {
        if (task.MessageName is { } messageName)
        {
            var wait = CreateWait(run, execution, task, new MessageEventDefinition(messageName));
            RegisterWait(run, execution, wait, new MessageEventDefinition(messageName));
            execution.State = ExecutionState.WaitingForMessage;
            return;
        }
        (execution.Waits ??= []).Add(new EventWait { Id = Guid.CreateVersion7(Now), EventId = task.Id, Kind = EventWaitKind.Signal });
        execution.State = ExecutionState.WaitingForSignal;
    }

    private EventWait CreateWait(InstanceRun run, Execution execution, FlowNode eventNode, EventDefinition definition)
    {
        switch (definition)
        {
            case MessageEventDefinition message:
                return new EventWait { Id = Guid.CreateVersion7(Now), EventId = eventNode.Id, Kind = EventWaitKind.Message, MessageName = message.MessageName };
            case TimerEventDefinition timer:
                var (due, repetitionsLeft) = DueDates.FirstOccurrence(timer.Kind, TimerValue(run, execution, timer), CalendarNameOf(eventNode, timer));
                return new EventWait
                {
                    Id = Guid.CreateVersion7(Now), EventId = eventNode.Id, Kind = EventWaitKind.Timer, DueAt = due.At, DueBasis = due.Basis, RepetitionsLeft = repetitionsLeft,
                };
            default:
                throw new ProcessRuntimeException($"Event '{eventNode.Id}' waits for an unsupported event definition.");
        }
    }

    /// <summary>The ISO value of a timer, evaluating <c>${…}</c> against the variables visible to the execution.</summary>
    private string TimerValue(InstanceRun run, Execution execution, TimerEventDefinition timer)
    {
        if (run.Plan.TimerExpressionOf(timer) is not { } expression)
            return timer.Expression;
        var value = expression.Evaluate(VariablesOf(run, execution));
        return value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    private static string? CalendarNameOf(FlowNode node, TimerEventDefinition timer) =>
        timer.Calendar ?? node.Properties.GetValueOrDefault("calendar");

    private void RegisterWait(InstanceRun run, Execution execution, EventWait wait, EventDefinition definition)
    {
        (execution.Waits ??= []).Add(wait);
        var instance = run.Instance;
        if (definition is TimerEventDefinition timer)
            Emit(new TimerScheduled(instance.Id, Now, wait.Id, execution.Id, wait.EventId, wait.DueAt!.Value, timer, wait.DueBasis));
        else
            Emit(new MessageSubscriptionOpened(instance.Id, Now, wait.Id, execution.Id, wait.EventId, wait.MessageName!, instance.BusinessKey));
    }

    private void CloseWaits(InstanceRun run, Execution execution)
    {
        if (execution.Waits is not { } waits)
            return;
        foreach (var wait in waits)
            CloseWait(run, wait);
        execution.Waits = null;
    }

    private void CloseWait(InstanceRun run, EventWait wait)
    {
        switch (wait.Kind)
        {
            case EventWaitKind.Timer:
                Emit(new TimerCancelled(run.Instance.Id, Now, wait.Id));
                break;
            case EventWaitKind.Message:
                Emit(new MessageSubscriptionClosed(run.Instance.Id, Now, wait.Id));
                break;
        }
    }
}
