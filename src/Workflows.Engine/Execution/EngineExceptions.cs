namespace Workflows.Engine.Execution;

/// <summary>A command the instance's state does not allow; stores map these to 404/409 answers.</summary>
public class EngineException(string message) : Exception(message);

/// <summary>The task is not open on this instance (already completed or cancelled).</summary>
public sealed class TaskNotOpenException(Guid taskId)
    : EngineException($"Task {taskId} is not open: it was already completed or cancelled.")
{
    public Guid TaskId { get; } = taskId;
}

/// <summary>The external task is not open on this instance (already completed, failed or cancelled).</summary>
public sealed class ExternalTaskNotOpenException(Guid taskId)
    : EngineException($"External task {taskId} is not open: it was already completed, failed or cancelled.")
{
    public Guid TaskId { get; } = taskId;
}

public sealed class InstanceNotRunningException(Guid instanceId, InstanceStatus status)
    : EngineException($"Instance {instanceId} is {status.ToString().ToLowerInvariant()}, not running.");
