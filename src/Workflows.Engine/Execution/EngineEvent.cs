using System.Text.Json;
using Workflows.Engine.Calendar;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution;

/// <summary>
/// What a command did, in order. Stores project these into history, the task table,
/// message subscriptions and job rows inside the command's transaction.
/// </summary>
public abstract record EngineEvent(Guid InstanceId, DateTimeOffset At);

public sealed record InstanceStarted(Guid InstanceId, DateTimeOffset At, string? Actor) : EngineEvent(InstanceId, At);
/// <summary>
/// The instance ended; <paramref name="Reason"/> is the reason given when it was cancelled, <paramref name="EndEventId"/> and
/// <paramref name="EndEventName"/> the end event of the process (not of a sub-process) whose token ended it, its outcome.
/// </summary>
public sealed record InstanceEnded(
    Guid InstanceId, DateTimeOffset At, InstanceStatus Status, string? Actor, string? Reason = null, string? EndEventId = null, string? EndEventName = null)
    : EngineEvent(InstanceId, At);

public sealed record ActivityStarted(Guid InstanceId, DateTimeOffset At, Guid ExecutionId, string ActivityId, string ActivityType)
    : EngineEvent(InstanceId, At);

/// <summary>An activity left; <paramref name="Cancelled"/> when interrupted (boundary event, terminate, cancel).</summary>
public sealed record ActivityEnded(Guid InstanceId, DateTimeOffset At, Guid ExecutionId, string ActivityId, string ActivityType, bool Cancelled)
    : EngineEvent(InstanceId, At);

public sealed record UserTaskCreated(Guid InstanceId, DateTimeOffset At, UserTaskInfo Task) : EngineEvent(InstanceId, At);
public sealed record UserTaskCompleted(Guid InstanceId, DateTimeOffset At, Guid TaskId, string? Actor) : EngineEvent(InstanceId, At);
public sealed record UserTaskCancelled(Guid InstanceId, DateTimeOffset At, Guid TaskId) : EngineEvent(InstanceId, At);

public sealed record ExternalTaskCreated(Guid InstanceId, DateTimeOffset At, ExternalTaskInfo Task) : EngineEvent(InstanceId, At);
/// <summary>The worker <paramref name="WorkerId"/> completed the external task; the token moved on.</summary>
public sealed record ExternalTaskCompleted(Guid InstanceId, DateTimeOffset At, Guid TaskId, string? WorkerId) : EngineEvent(InstanceId, At);
/// <summary>The external task closed without completion: interrupted, cancelled, failed onto an incident, or ended by a BPMN error.</summary>
public sealed record ExternalTaskCancelled(Guid InstanceId, DateTimeOffset At, Guid TaskId) : EngineEvent(InstanceId, At);

public sealed record VariableChanged(Guid InstanceId, DateTimeOffset At, string Name, JsonElement? OldValue, JsonElement NewValue, string? Actor)
    : EngineEvent(InstanceId, At);

/// <summary>A wait for a message named <paramref name="MessageName"/> on the instance's business key.</summary>
public sealed record MessageSubscriptionOpened(Guid InstanceId, DateTimeOffset At, Guid SubscriptionId, Guid ExecutionId, string ActivityId, string MessageName, string? BusinessKey)
    : EngineEvent(InstanceId, At);
public sealed record MessageSubscriptionClosed(Guid InstanceId, DateTimeOffset At, Guid SubscriptionId) : EngineEvent(InstanceId, At);

/// <summary>A timer to persist as a job row in the same transaction; <paramref name="DueBasis"/> when its due counts working days.</summary>
public sealed record TimerScheduled(Guid InstanceId, DateTimeOffset At, Guid JobId, Guid ExecutionId, string ActivityId, DateTimeOffset DueAt, TimerEventDefinition Timer,
    WorkingDayBasis? DueBasis = null)
    : EngineEvent(InstanceId, At);
public sealed record TimerCancelled(Guid InstanceId, DateTimeOffset At, Guid JobId) : EngineEvent(InstanceId, At);

/// <summary>
/// A BPMN error was thrown at <paramref name="ActivityId"/> (an error end event, a service task's handler, an external task's
/// worker) with its code and message; the next events say which boundary caught it, or the incident it raised.
/// </summary>
public sealed record ErrorThrown(Guid InstanceId, DateTimeOffset At, Guid ExecutionId, string ActivityId, string ErrorCode, string? ErrorMessage)
    : EngineEvent(InstanceId, At);

public sealed record IncidentRaised(Guid InstanceId, DateTimeOffset At, Incident Incident) : EngineEvent(InstanceId, At);
public sealed record IncidentResolved(Guid InstanceId, DateTimeOffset At, Guid IncidentId) : EngineEvent(InstanceId, At);

/// <summary>The instance moved from one version of its definition to another (<see cref="Migration.ActivityMapping"/>).</summary>
public sealed record InstanceMigrated(Guid InstanceId, DateTimeOffset At, int SourceVersion, int TargetVersion, string? Actor) : EngineEvent(InstanceId, At);

/// <summary>A migrated execution now rests at <paramref name="TargetActivityId"/>; its incident, if any, moved with it.</summary>
public sealed record ExecutionMigrated(Guid InstanceId, DateTimeOffset At, Guid ExecutionId, string SourceActivityId, string TargetActivityId)
    : EngineEvent(InstanceId, At);

/// <summary>An open task kept its id, assignee, candidates and dates; its task definition is now the target's.</summary>
public sealed record UserTaskMigrated(Guid InstanceId, DateTimeOffset At, Guid TaskId, string ActivityId, string? FormKey) : EngineEvent(InstanceId, At);

/// <summary>A timer or subscription kept its id and due time and now belongs to the target event <paramref name="ActivityId"/>.</summary>
public sealed record EventWaitMigrated(Guid InstanceId, DateTimeOffset At, Guid WaitId, EventWaitKind Kind, string ActivityId) : EngineEvent(InstanceId, At);
