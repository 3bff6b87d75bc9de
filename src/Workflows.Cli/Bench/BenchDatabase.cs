using Microsoft.Data.Sqlite;
using Npgsql;

namespace Workflows.Cli.Bench;

/// <summary>A throw-away database for one benchmark run: a fresh SQLite file, or a new PostgreSQL database dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> drop;

    private BenchDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static BenchDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workflows-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new BenchDatabase("Sqlite", $"Data Source={Path.Combine(folder, "bench.db")}", () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    public static BenchDatabase PostgreSql(string serverConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "workflows_bench_" + Guid.NewGuid().ToString("N")[..12] };
        var database = builder.Database;
        return new BenchDatabase("PostgreSql", builder.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        });
    }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Workflows"] = ConnectionString,
    };

    public async ValueTask DisposeAsync() => await drop();
}
