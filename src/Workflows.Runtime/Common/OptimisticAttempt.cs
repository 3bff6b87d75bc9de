namespace Workflows.Runtime.Common;

/// <summary>
/// Whether the command of this scope is in its optimistic first attempt: reading and computing without a
/// transaction, to save under the write gate afterwards. Work that needs the transaction from its start (a
/// service task with its savepoint, a nested command) abandons the attempt, and the command runs again under
/// the gate.
/// </summary>
public sealed class OptimisticAttempt
{
    public bool Active { get; private set; }

    /// <summary>Throws <see cref="OptimisticAttemptAbandonedException"/> while an attempt is active.</summary>
    public void RequireTransaction()
    {
        if (Active)
            throw new OptimisticAttemptAbandonedException();
    }

    internal IDisposable Begin()
    {
        Active = true;
        return new End(this);
    }

    private sealed class End(OptimisticAttempt attempt) : IDisposable
    {
        public void Dispose() => attempt.Active = false;
    }
}
