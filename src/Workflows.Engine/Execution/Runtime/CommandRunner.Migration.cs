using Workflows.Engine.Expressions;
using Workflows.Engine.Migration;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>
/// Moving an instance to another version of its definition: every execution keeps its id and state and takes the
/// mapped activity id; open tasks (user and external), timers and subscriptions are kept with their ids and due times, boundary events
/// the target drops are closed and those it adds are opened.
/// </summary>
internal sealed partial class CommandRunner
{
    public void Migrate(ProcessInstance instance, ActivityMapping mapping, bool updateEventTriggers)
    {
        var sourceVersion = instance.DefinitionVersion;
        instance.DefinitionId = mapping.Target.Id;
        instance.DefinitionVersion = mapping.Target.Version;
        var run = Register(instance, mapping.Target.Model);
        try
        {
            foreach (var execution in run.Executions.ToArray())
            {
                if (execution.ParentId is null)
                    execution.ActivityId = run.Model.Id;
                else
                    MigrateExecution(run, execution, mapping, updateEventTriggers);
            }
        }
        catch (Exception exception) when (exception is ExpressionException or ProcessRuntimeException)
        {
            // A timer the target adds cannot be computed for this instance: refuse it whole rather than park it.
            throw new InstanceMigrationRefusedException([new MigrationInstanceError(instance.Id, "", exception.Message)]);
        }
        Emit(new InstanceMigrated(instance.Id, Now, sourceVersion, mapping.Target.Version, Actor));
    }

    private void MigrateExecution(InstanceRun run, Execution execution, ActivityMapping mapping, bool updateEventTriggers)
    {
        var sourceId = execution.ActivityId;
        var target = run.Model.Node(mapping.TargetOf(sourceId)!);
        execution.ActivityId = target.Id;
        Emit(new ExecutionMigrated(run.Instance.Id, Now, execution.Id, sourceId, target.Id));
        if (execution.TaskId is { } taskId)
            Emit(new UserTaskMigrated(run.Instance.Id, Now, taskId, target.Id, ((UserTask)target).FormKey));
        if (execution.IncidentId is { } incidentId && run.Instance.Incidents.Find(open => open.Id == incidentId) is { } incident)
            incident.ActivityId = target.Id;
        MigrateWaits(run, execution, target, mapping, updateEventTriggers);
    }

    /// <summary>A wait whose event maps onto the target is kept (or renewed with <paramref name="updateEventTriggers"/>);
    /// any other is closed; the target's own events without a kept wait are opened.</summary>
    private void MigrateWaits(InstanceRun run, Execution execution, FlowNode target, ActivityMapping mapping, bool updateEventTriggers)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wait in execution.Waits?.ToArray() ?? [])
        {
            var targetEventId = mapping.TargetOf(wait.EventId);
            // A receive task's own wait is renewed below, with the target's message (or signal) and a new id.
            var stays = targetEventId is not null && (targetEventId == target.Id && target is not ReceiveTask
                || run.Model.NodesById.GetValueOrDefault(targetEventId) is BoundaryEvent boundary && boundary.AttachedTo == target);
            if (stays && !updateEventTriggers)
            {
                wait.EventId = targetEventId!;
                kept.Add(targetEventId!);
                Emit(new EventWaitMigrated(run.Instance.Id, Now, wait.Id, wait.Kind, targetEventId!));
                continue;
            }
            CloseWait(run, wait);
            execution.Waits!.Remove(wait);
        }
        if (execution.Waits is { Count: 0 })
            execution.Waits = null;

        if (execution.State is ExecutionState.WaitingForMessage or ExecutionState.WaitingForTimer
            && target is IntermediateCatchEvent catchEvent && !kept.Contains(catchEvent.Id))
        {
            RegisterWait(run, execution, CreateWait(run, execution, catchEvent, catchEvent.Definition), catchEvent.Definition);
        }
        if (execution.State is ExecutionState.WaitingForMessage or ExecutionState.WaitingForSignal && target is ReceiveTask receiveTask)
            WaitAtReceiveTask(run, execution, receiveTask);
        if (HoldsBoundaryEvents(run, execution) && target is Activity activity)
        {
            foreach (var boundary in activity.Boundaries)
            {
                if (boundary.Definition is MessageEventDefinition or TimerEventDefinition && !kept.Contains(boundary.Id))
                    RegisterWait(run, execution, CreateWait(run, execution, boundary, boundary.Definition), boundary.Definition);
            }
        }
    }

    /// <summary>The execution that opened its activity's boundary events: a waiting activity or a multi-instance body,
    /// never one iteration of it.</summary>
    private static bool HoldsBoundaryEvents(InstanceRun run, Execution execution) =>
        execution.State is ExecutionState.WaitingForTask or ExecutionState.WaitingForExternalTask or ExecutionState.WaitingForCall
            or ExecutionState.WaitingForMessage or ExecutionState.WaitingForSignal or ExecutionState.Scope or ExecutionState.MultiInstanceBody
        && !run.IsMultiInstanceChild(execution);
}
