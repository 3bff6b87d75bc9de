namespace Workflows.Engine.Execution;

/// <summary>No open message subscription or timer job with this id on the instance (already triggered or closed).</summary>
public sealed class EventWaitNotFoundException(Guid waitId, EventWaitKind kind)
    : EngineException(kind == EventWaitKind.Message
        ? $"Message subscription {waitId} is not open on this instance."
        : $"Timer job {waitId} is not scheduled on this instance.")
{
    public Guid WaitId { get; } = waitId;
    public EventWaitKind Kind { get; } = kind;
}
