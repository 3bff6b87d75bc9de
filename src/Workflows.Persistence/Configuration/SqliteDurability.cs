namespace Workflows.Persistence.Configuration;

/// <summary>
/// What an acknowledged command survives on SQLite (<c>Database:SqliteSynchronous</c>). <see cref="Full"/>, the
/// default, syncs the write-ahead log at every commit: a command answered as done survives a power failure.
/// <see cref="Normal"/> syncs only at checkpoints: it survives a process kill, but the last commits before a power
/// failure can be lost; choose it only where that is acceptable.
/// </summary>
public enum SqliteDurability
{
    Full,
    Normal,
}
