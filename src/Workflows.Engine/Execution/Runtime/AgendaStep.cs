namespace Workflows.Engine.Execution.Runtime;

internal enum AgendaStep
{
    Arrive,
    Begin,
    Execute,
    Leave,

    /// <summary>A called instance completed: continue its call activity in the calling instance.</summary>
    ResumeCaller,

    /// <summary>A call activity was left early: cancel the instance it called.</summary>
    CancelCalledInstance,

    /// <summary>An error nothing in the called instance caught: look for a handler in the caller.</summary>
    PropagateErrorToCaller,
}
