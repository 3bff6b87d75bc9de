using System.Text.Json;
using Workflows.Engine.Calendar;

namespace Workflows.Engine.Execution;

/// <summary>
/// Runs BPMN token semantics over <see cref="ProcessInstance"/> state. Pure with respect to storage:
/// every method mutates the instances of the session and returns the events a store must project.
/// </summary>
public sealed partial class ProcessEngine(
    IDefinitionResolver definitions,
    IServiceTaskDispatcher serviceTasks,
    TimeProvider time,
    IBusinessCalendar? calendar = null,
    EngineLimits? limits = null)
{
    public ValueTask<EngineResult> StartAsync(IInstanceSession session, ExecutableDefinition definition, StartRequest request, CancellationToken cancellationToken = default)
        => StartCoreAsync(session, definition, request, cancellationToken);

    public ValueTask<EngineResult> CompleteTaskAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken = default)
        => CompleteTaskCoreAsync(session, instance, taskId, variables, actor, cancellationToken);

    /// <summary>A worker completed the external task (<paramref name="workerId"/> is recorded as the actor).</summary>
    public ValueTask<EngineResult> CompleteExternalTaskAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, IReadOnlyDictionary<string, JsonElement>? variables, string? workerId, CancellationToken cancellationToken = default)
        => ExternalTaskCoreAsync(session, instance, taskId, variables, workerId, (runner, run, execution) => runner.CompleteExternalTask(run, execution), cancellationToken);

    /// <summary>A worker reported a BPMN error: an error boundary event on the task (or around it) catches it; its message goes to the history.</summary>
    public ValueTask<EngineResult> ThrowExternalTaskErrorAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, string errorCode, string? errorMessage, IReadOnlyDictionary<string, JsonElement>? variables, string? workerId, CancellationToken cancellationToken = default)
        => ExternalTaskCoreAsync(session, instance, taskId, variables, workerId, (runner, run, execution) => runner.ThrowExternalTaskError(run, execution, errorCode, errorMessage), cancellationToken);

    /// <summary>A worker failed the task with no retries left: an incident parks the token.</summary>
    public ValueTask<EngineResult> FailExternalTaskAsync(IInstanceSession session, ProcessInstance instance, Guid taskId, string message, string? workerId, CancellationToken cancellationToken = default)
        => ExternalTaskCoreAsync(session, instance, taskId, variables: null, workerId, (runner, run, execution) => runner.FailExternalTask(run, execution, message), cancellationToken);

    public ValueTask<EngineResult> CorrelateMessageAsync(IInstanceSession session, ProcessInstance instance, Guid subscriptionId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken = default)
        => CorrelateMessageCoreAsync(session, instance, subscriptionId, variables, actor, cancellationToken);

    public ValueTask<EngineResult> FireTimerAsync(IInstanceSession session, ProcessInstance instance, Guid jobId, CancellationToken cancellationToken = default)
        => FireTimerCoreAsync(session, instance, jobId, cancellationToken);

    public ValueTask<EngineResult> CancelAsync(IInstanceSession session, ProcessInstance instance, string? reason, string? actor, CancellationToken cancellationToken = default)
        => CancelCoreAsync(session, instance, reason, actor, cancellationToken);

    public ValueTask<EngineResult> RetryIncidentAsync(IInstanceSession session, ProcessInstance instance, Guid incidentId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken = default)
        => RetryIncidentCoreAsync(session, instance, incidentId, variables, actor, cancellationToken);

    /// <summary>Signals the first token waiting at the receive task <paramref name="activityId"/>, with or without a
    /// message (Camunda's <c>runtimeService.signal</c>): it leaves the task and its message subscription is closed.</summary>
    public ValueTask<EngineResult> SignalAsync(IInstanceSession session, ProcessInstance instance, string activityId, IReadOnlyDictionary<string, JsonElement>? variables, string? actor, CancellationToken cancellationToken = default)
        => SignalCoreAsync(session, instance, activityId, variables, actor, cancellationToken);

    /// <summary>Moves the instance to the plan's target version; throws <see cref="Migration.InstanceMigrationRefusedException"/>
    /// and changes nothing when the instance does not fit the plan.</summary>
    public ValueTask<EngineResult> MigrateAsync(IInstanceSession session, ProcessInstance instance, Migration.ActivityMapping mapping, bool updateEventTriggers, string? actor, CancellationToken cancellationToken = default)
        => MigrateCoreAsync(session, instance, mapping, updateEventTriggers, actor, cancellationToken);
}

/// <param name="StartEventId">The start event to start at: null for the none start event; the timer layer
/// names a timer start event.</param>
/// <param name="FailWhenNoFlowMatches">When a gateway finds no matching flow during the start, fail the start and
/// save nothing (Camunda's behaviour) instead of keeping the instance with an incident at the gateway.</param>
public sealed record StartRequest(string? BusinessKey, IReadOnlyDictionary<string, JsonElement>? Variables, string? Actor, string? StartEventId = null, bool FailWhenNoFlowMatches = false);

/// <summary>The events of one command, across every instance it touched, in order.</summary>
public sealed record EngineResult(IReadOnlyList<EngineEvent> Events, IReadOnlyList<ProcessInstance> TouchedInstances);
