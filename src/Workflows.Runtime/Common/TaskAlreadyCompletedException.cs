namespace Workflows.Runtime.Common;

/// <summary>The task was completed already, by someone else or by a repeated request (HTTP 409).</summary>
public sealed class TaskAlreadyCompletedException(Guid taskId, string? completedBy)
    : ConflictException(completedBy is null
        ? $"Task {taskId} is already completed."
        : $"Task {taskId} is already completed by {completedBy}.")
{
    public Guid TaskId { get; } = taskId;
}
