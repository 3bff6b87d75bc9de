using Workflows.Engine.Execution;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Deadlines;

/// <summary>Builds the reminder and escalation job rows of a user task's due date.</summary>
public static class DeadlineJobRows
{
    /// <summary>Overdue means past the due instant; a second later the escalation fires.</summary>
    public static readonly TimeSpan EscalationDelay = TimeSpan.FromSeconds(1);

    public static JobRecord Reminder(UserTaskInfo task, int workingDaysBefore, DateTimeOffset at, bool provisional, DateTimeOffset now) =>
        Reminder(task.InstanceId, task.ExecutionId, task.ActivityId, task.TaskId, workingDaysBefore, at, provisional, now);

    public static JobRecord Reminder(Guid instanceId, Guid executionId, string activityId, Guid taskId, int workingDaysBefore, DateTimeOffset at, bool provisional, DateTimeOffset now) =>
        Create(instanceId, executionId, activityId, taskId, JobKind.TaskReminder, at, provisional, now, workingDaysBefore);

    public static JobRecord Escalation(UserTaskInfo task, DateTimeOffset dueAt, bool provisional, DateTimeOffset now) =>
        Create(task.InstanceId, task.ExecutionId, task.ActivityId, task.TaskId, JobKind.TaskEscalation, dueAt + EscalationDelay, provisional, now, null);

    private static JobRecord Create(
        Guid instanceId, Guid executionId, string activityId, Guid taskId, JobKind kind, DateTimeOffset dueAt, bool provisional, DateTimeOffset now, int? workingDaysBefore) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        InstanceId = instanceId,
        ExecutionId = executionId,
        ActivityId = activityId,
        TaskId = taskId,
        WorkingDaysBefore = workingDaysBefore,
        // PostgreSQL stores instants in UTC only.
        DueAt = dueAt.ToUniversalTime(),
        DueProvisional = provisional,
        RetriesLeft = JobRows.DefaultRetries,
        Status = JobStatus.Pending,
        CreatedAt = now,
    };
}
