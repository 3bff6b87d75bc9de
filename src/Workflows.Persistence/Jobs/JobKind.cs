namespace Workflows.Persistence.Jobs;

/// <summary><see cref="TaskReminder"/> and <see cref="TaskEscalation"/> belong to a user task's due date, not to a BPMN timer.</summary>
public enum JobKind { Timer, TaskReminder, TaskEscalation, TimerStart }
