using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Workflows.Persistence.Configuration;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>A fresh database for one test: a SQLite file, or a uniquely named PostgreSQL database
/// on <c>WORKFLOWS_TEST_POSTGRES</c>, created empty at once so that Hangfire's storage can open it before
/// migrations run (a missing database makes Hangfire.PostgreSql retry for ~30 s). Dropped on dispose.</summary>
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
        CreatePostgresDatabase(builder);
        return new TestDatabase(provider, builder.ConnectionString, directory);
    }

    /// <summary>The product's configuration of the provider.</summary>
    public void Configure(DbContextOptionsBuilder options, IEnumerable<IInterceptor>? features = null) =>
        options.UseWorkflowsDatabase(Provider == "Sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql, ConnectionString, features);

    private static void CreatePostgresDatabase(NpgsqlConnectionStringBuilder database)
    {
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Database}\"", connection);
        create.ExecuteNonQuery();
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
