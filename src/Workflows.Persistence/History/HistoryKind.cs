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

    /// <summary>An open task passed its due date; the bureau and finance were mailed.</summary>
    DeadlineEscalated,

    /// <summary>Someone who may see the task left a comment on it.</summary>
    TaskCommented,

    /// <summary>Someone who may see the task attached a file to it.</summary>
    TaskAttachmentAdded,

    /// <summary>A due date counted in working days moved because a year's schedule or a local day off was added.</summary>
    DeadlineMoved,
}
