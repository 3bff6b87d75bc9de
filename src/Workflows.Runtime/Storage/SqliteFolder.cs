using Microsoft.Data.Sqlite;

namespace Workflows.Runtime.Storage;

/// <summary>SQLite creates the database file but not its folder; the default <c>data/</c> may not exist yet.</summary>
internal static class SqliteFolder
{
    public static void EnsureExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
