using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Runtime.Tests.Support;

namespace Workflows.Runtime.Tests.Mail.Support;

/// <summary>A throw-away database: a SQLite file in the temp folder or a uniquely named PostgreSQL database.</summary>
internal sealed class TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile)
{
    private const string DefaultPostgres = "Host=localhost;Port=5432;Username=postgres;Password=postgres";

    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public static TestDatabase Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"wf-mail-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file);
        }
        var server = Environment.GetEnvironmentVariable("WORKFLOWS_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultPostgres;
        return new TestDatabase(provider, $"{server};Database=wf_mail_{Guid.NewGuid():N}", null);
    }

    public void Configure(DbContextOptionsBuilder builder, IEnumerable<IInterceptor>? features = null) =>
        builder.UseWorkflowsDatabase(Provider, ConnectionString, features);

    /// <summary>The platform's tables, <c>mail_outbox</c> included, built from its model.</summary>
    public Task CreateSchemaAsync(WorkflowsDbContext db) => PlatformHost.CreateSchemaAsync(db);

    public async Task DropAsync(WorkflowsDbContext db)
    {
        await db.Database.EnsureDeletedAsync();
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                File.Delete(file);
        }
    }
}
