namespace Workflows.Runtime.Common;

/// <summary>Another command changed the instance first; reload and try again (HTTP 409).</summary>
public sealed class ConcurrencyConflictException(Exception inner)
    : ConflictException("The process instance was changed by another user at the same time; reload it and try again.")
{
    public Exception Cause { get; } = inner;
}
