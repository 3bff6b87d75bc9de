namespace Workflows.Engine.Execution;

/// <summary>The phases of running a node; an incident records the one that failed so a retry re-runs it.</summary>
public enum ExecutionStep
{
    /// <summary>Opening boundary events and creating the multi-instance body.</summary>
    Begin,

    /// <summary>The node's own behaviour: calling a handler, creating a task, throwing an error.</summary>
    Execute,

    /// <summary>Choosing and taking the outgoing sequence flows.</summary>
    Leave,
}
