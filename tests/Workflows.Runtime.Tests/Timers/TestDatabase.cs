using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>A fresh database for one test: a SQLite file, or a uniquely named PostgreSQL database
/// on <c>WORKFLOWS_TEST_POSTGRES</c>. Dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string DefaultPostgres = "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    private TestDatabase(string provider, string connectionString, string directory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Directory = directory;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>A scratch folder for files that belong to this database (the Hangfire SQLite file).</summary>
    public string Directory { get; }

    public static TestDatabase Create(string provider)
    {
        var directory = Path.Combine(Path.GetTempPath(), "workflows-timers-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (provider == "Sqlite")
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(directory, "workflows.db")};Default Timeout=30", directory);
        }
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("WORKFLOWS_TEST_POSTGRES") ?? DefaultPostgres)
        {
            Database = "wf_timers_" + Guid.NewGuid().ToString("N")[..12],
        };
        return new TestDatabase(provider, builder.ConnectionString, directory);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == "Sqlite")
        {
            options.UseSqlite(ConnectionString);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == "Sqlite")
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(ConnectionString);
            var database = admin.Database;
            admin.Database = "postgres";
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
