using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflows.Persistence.Audit;
using Workflows.Persistence.History;
using Workflows.Persistence.Rows;

namespace Workflows.Persistence.Configuration;

/// <summary>Points a <see cref="WorkflowsDbContext"/> at the configured provider and its migrations project.</summary>
public static class WorkflowsDatabase
{
    /// <summary>
    /// The provider, its migrations and the save interceptors in the order they must run: the features'
    /// interceptors (<paramref name="features"/>: timer start schedules, mail dispatch) see a save's rows before
    /// the direct row writer (SQLite, PostgreSQL) marks them saved. <paramref name="durability"/> applies to SQLite only.
    /// </summary>
    public static DbContextOptionsBuilder UseWorkflowsDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, IEnumerable<IInterceptor>? features = null,
        SqliteDurability durability = SqliteDurability.Full)
    {
        // The audit chain first: it turns the history rows of a save into audit rows before they are batch-inserted and detached.
        UseProvider(builder, provider, connectionString, durability).AddInterceptors(new AuditChainInterceptor(), new HistoryBatchInsertInterceptor());
        builder.AddInterceptors(features ?? []);
        return provider is DatabaseProvider.Sqlite or DatabaseProvider.PostgreSql ? builder.AddInterceptors(new DirectRowWriter()) : builder;
    }

    private static DbContextOptionsBuilder UseProvider(
        DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, SqliteDurability durability) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder
                .UseSqlite(connectionString, o => o.MigrationsAssembly("Workflows.Persistence.Sqlite"))
                .AddInterceptors(new SqlitePragmaInterceptor(durability)),
            DatabaseProvider.PostgreSql => builder
                .UseNpgsql(PostgreSqlConnection.Tuned(connectionString), o => o.MigrationsAssembly("Workflows.Persistence.PostgreSql"))
                .AddInterceptors(new CommitWithRows.Interceptor()),
            DatabaseProvider.SqlServer => builder
                .UseSqlServer(connectionString, o => o.MigrationsAssembly("Workflows.Persistence.SqlServer")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
