namespace Workflows.Runtime.Common;

/// <summary>
/// Orders the write transactions of this process. SQLite has one writer at a time; waiting here instead of in
/// SQLite's busy loop (which sleeps between retries) keeps commits back to back. Server databases need no gate.
/// </summary>
public sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    /// <summary>Whether writers of this process take turns (SQLite).</summary>
    public bool Serializes => serialize;

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!serialize)
            return null;
        await semaphore.WaitAsync(cancellationToken);
        return new Release(semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
