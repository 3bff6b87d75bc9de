namespace Workflows.Persistence.History;

public enum HistoryKind
{
    InstanceStarted,
    InstanceEnded,
    ActivityStarted,
    ActivityEnded,
    ActivityCancelled,
    TaskCreated,
    TaskClaimed,
    TaskUnclaimed,
    TaskCompleted,
    TaskCancelled,
    VariableChanged,
    MessageCorrelated,
    TimerFired,
    IncidentRaised,
    IncidentResolved,
}
