using Microsoft.EntityFrameworkCore;
using Workflows.Persistence.History;

namespace Workflows.Persistence.Configuration;

/// <summary>Points a <see cref="WorkflowsDbContext"/> at the configured provider and its migrations project.</summary>
public static class WorkflowsDatabase
{
    public static DbContextOptionsBuilder UseWorkflowsDatabase(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        UseProvider(builder, provider, connectionString).AddInterceptors(new HistoryBatchInsertInterceptor());

    private static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder
                .UseSqlite(connectionString, o => o.MigrationsAssembly("Workflows.Persistence.Sqlite"))
                .AddInterceptors(new SqlitePragmaInterceptor()),
            DatabaseProvider.PostgreSql => builder
                .UseNpgsql(connectionString, o => o.MigrationsAssembly("Workflows.Persistence.PostgreSql")),
            DatabaseProvider.SqlServer => builder
                .UseSqlServer(connectionString, o => o.MigrationsAssembly("Workflows.Persistence.SqlServer")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
