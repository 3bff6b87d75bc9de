using Microsoft.Data.Sqlite;

namespace Workflows.Host.Tests.Infrastructure;

/// <summary>A SQLite file in a temporary folder (the embedded default, as users run it).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("workflows-host-").FullName;

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={Path.Combine(Folder, "workflows.db")}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
