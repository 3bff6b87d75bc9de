using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Workflows.Runtime.Timers;

/// <summary>
/// <c>Hangfire:Storage</c> (<c>Sqlite</c>, <c>PostgreSql</c>, <c>SqlServer</c>) follows <c>Database:Provider</c>
/// unless set. PostgreSQL and SQL Server share the workflow database (Hangfire keeps its own schema);
/// SQLite gets a file of its own beside the database, so Hangfire's polling never holds the workflow file's write lock.
/// </summary>
public static class HangfireStorageSelector
{
    public static IGlobalConfiguration UseWorkflowsStorage(this IGlobalConfiguration hangfire, IConfiguration configuration)
    {
        var provider = configuration["Hangfire:Storage"] ?? configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Hangfire") ?? configuration.GetConnectionString("Workflows");
        return provider.ToLowerInvariant() switch
        {
            "sqlite" => hangfire.UseSQLiteStorage(SqliteFile(configuration), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }),
            "postgresql" => hangfire.UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(Required(connectionString, provider)),
                new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true }),
            "sqlserver" => hangfire.UseSqlServerStorage(Required(connectionString, provider)),
            _ => throw new InvalidOperationException($"Hangfire:Storage '{provider}' is not one of Sqlite, PostgreSql, SqlServer."),
        };
    }

    private static string SqliteFile(IConfiguration configuration)
    {
        var explicitConnection = configuration.GetConnectionString("Hangfire");
        if (explicitConnection is not null)
        {
            return new SqliteConnectionStringBuilder(explicitConnection).DataSource;
        }
        var workflows = configuration.GetConnectionString("Workflows") ?? "Data Source=data/workflows.db";
        var dataSource = new SqliteConnectionStringBuilder(workflows).DataSource;
        var file = Path.Combine(Path.GetDirectoryName(dataSource) ?? "", Path.GetFileNameWithoutExtension(dataSource) + "-hangfire.db");
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        return file;
    }

    private static string Required(string? connectionString, string provider)
        => connectionString ?? throw new InvalidOperationException($"Hangfire storage {provider} needs ConnectionStrings:Workflows or ConnectionStrings:Hangfire.");
}
