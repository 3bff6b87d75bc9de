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

    /// <summary>A group leader made a member the assignee; <see cref="HistoryEntry.Detail"/> names the member.</summary>
    TaskAssigned,

    /// <summary>The task went to a delegate who gives it back to its owner; <see cref="HistoryEntry.Detail"/> names the delegate.</summary>
    TaskDelegated,

    /// <summary>The delegate gave the task back to its owner; <see cref="HistoryEntry.Detail"/> names the owner.</summary>
    TaskResolved,

    /// <summary>A token waiting at a receive task was signalled by hand and moved on.</summary>
    ReceiveTaskSignalled,

    /// <summary>An admin moved the instance to another version; <see cref="HistoryEntry.Detail"/> says from which.</summary>
    InstanceMigrated,

    /// <summary>A BPMN error was thrown at the activity; <see cref="HistoryEntry.ErrorCode"/> and <see cref="HistoryEntry.ErrorMessage"/> say which.</summary>
    ErrorThrown,
}
