namespace Workflows.Engine.Execution;

/// <summary>No token of the instance waits at a receive task with this id (unknown, not a receive task, or already
/// passed).</summary>
public sealed class ReceiveTaskNotWaitingException(string activityId)
    : EngineException($"No token waits at the receive task '{activityId}' of this instance.")
{
    public string ActivityId { get; } = activityId;
}
