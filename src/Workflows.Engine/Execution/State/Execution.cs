using System.Text.Json;

namespace Workflows.Engine.Execution;

/// <summary>
/// One node of an instance's execution tree: a token at an activity, a scope (the process, an embedded
/// sub-process, one instance of a multi-instance sub-process) or a multi-instance body. Plain get/set
/// properties so the whole tree round-trips through System.Text.Json with its <see cref="ProcessInstance"/>.
/// </summary>
public sealed class Execution
{
    public Guid Id { get; set; }

    /// <summary>The enclosing scope execution; null for the root (process) scope.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>The node the execution is at (the process id for the root scope).</summary>
    public string ActivityId { get; set; } = "";

    public ExecutionState State { get; set; }

    /// <summary>For a token waiting at a parallel join: the incoming flow it arrived by.</summary>
    public string? JoinFlowId { get; set; }

    /// <summary>Local variables: the multi-instance element variable and loop counters.</summary>
    public Dictionary<string, JsonElement>? Variables { get; set; }

    /// <summary>For a multi-instance body: the collection being iterated (null with a loop cardinality).</summary>
    public JsonElement? LoopItems { get; set; }

    /// <summary>The open user task while <see cref="ExecutionState.WaitingForTask"/>.</summary>
    public Guid? TaskId { get; set; }

    /// <summary>The open external task while <see cref="ExecutionState.WaitingForExternalTask"/>.</summary>
    public Guid? ExternalTaskId { get; set; }

    /// <summary>The called instance while <see cref="ExecutionState.WaitingForCall"/>.</summary>
    public Guid? ChildInstanceId { get; set; }

    /// <summary>Open message subscriptions and timers: of a catch event, or the boundary events of this activity.</summary>
    public List<EventWait>? Waits { get; set; }

    /// <summary>The incident parking this execution while <see cref="ExecutionState.Failed"/>.</summary>
    public Guid? IncidentId { get; set; }

    /// <summary>The step a retry re-runs while <see cref="ExecutionState.Failed"/>.</summary>
    public ExecutionStep FailedStep { get; set; }

    /// <summary>Set when a command removes the execution, so queued work for it is skipped; never persisted.</summary>
    internal bool Removed { get; set; }

    /// <summary>Set while the execution moves along a flow and has not yet started its target; never persisted.</summary>
    internal bool InTransit { get; set; }
}
