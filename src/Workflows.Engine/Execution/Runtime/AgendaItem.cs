using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>One unit of work of a command. Work is queued rather than recursed into, so a branch that
/// ends its scope (terminate, an interrupting boundary event) cannot pull the ground from under its siblings.</summary>
internal readonly record struct AgendaItem(AgendaStep Step, InstanceRun Run, Execution? Execution, FlowNode? Node)
{
    /// <summary>For <see cref="AgendaStep.CancelCalledInstance"/>: the instance to cancel.</summary>
    public Guid TargetInstanceId { get; init; }

    /// <summary>For <see cref="AgendaStep.PropagateErrorToCaller"/>: the error thrown by the called instance.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>For <see cref="AgendaStep.PropagateErrorToCaller"/>: the message of that error, if it had one.</summary>
    public string? ErrorMessage { get; init; }
}
