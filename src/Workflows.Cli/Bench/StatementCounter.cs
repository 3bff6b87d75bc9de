namespace Workflows.Cli.Bench;

/// <summary>
/// Counts the statements (SQLite) or round trips (PostgreSQL) of the benchmark's measured commands: only those
/// run inside <see cref="Measure"/>, so the client's own lookups of its next task are left out.
/// </summary>
internal sealed class StatementCounter
{
    private static readonly AsyncLocal<bool> Measuring = new();

    private long count;

    public long Count => Interlocked.Read(ref count);

    /// <summary>Counts what the current flow executes until disposed.</summary>
    public static IDisposable Measure()
    {
        Measuring.Value = true;
        return new Stop();
    }

    public void Add()
    {
        if (Measuring.Value)
            Interlocked.Increment(ref count);
    }

    public void Reset() => Interlocked.Exchange(ref count, 0);

    private sealed class Stop : IDisposable
    {
        public void Dispose() => Measuring.Value = false;
    }
}
