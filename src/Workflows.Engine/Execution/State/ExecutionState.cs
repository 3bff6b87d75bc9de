namespace Workflows.Engine.Execution;

public enum ExecutionState
{
    /// <summary>Moving along a sequence flow or running an activity inside the current command.</summary>
    Active,
    WaitingForTask,
    WaitingForExternalTask,
    WaitingForMessage,
    WaitingForTimer,
    WaitingForCall,

    /// <summary>At a receive task without a message, until it is signalled.</summary>
    WaitingForSignal,

    /// <summary>The process, an embedded sub-process or one instance of a multi-instance sub-process.</summary>
    Scope,
    MultiInstanceBody,

    /// <summary>Arrived at a joining gateway, waiting for the other branches.</summary>
    Joined,

    /// <summary>Parked on an incident until it is retried.</summary>
    Failed,
}
