using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Audit;

/// <summary>
/// The statements that take the chain's lock and read its last row, as one command text per model and provider:
/// sent together they cost one round trip. On PostgreSQL each statement of a command sees the rows committed
/// before it starts, so the read, which starts once the lock is held, sees the row its previous holder appended.
/// </summary>
internal static class AuditChainHead
{
    private const string PostgreSqlLock = "SELECT pg_advisory_xact_lock(727370001);";
    private const string SqlServerLock =
        "EXEC sp_getapplock @Resource = N'workflows.audit_log', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 30000;";

    private static readonly ConcurrentDictionary<IModel, string> Statements = new();

    /// <summary>The lock (none on SQLite, whose write transaction already excludes every other writer), then the read of <c>sequence, hash</c>.</summary>
    public static string Statement(DbContext context) => Statements.GetOrAdd(context.Model, static (model, context) =>
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var entityType = model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sequence = sql.DelimitIdentifier(entityType.FindProperty(nameof(AuditEntry.Sequence))!.GetColumnName(table)!);
        var hash = sql.DelimitIdentifier(entityType.FindProperty(nameof(AuditEntry.Hash))!.GetColumnName(table)!);
        var from = sql.DelimitIdentifier(table.Name, table.Schema);
        return context.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => $"{PostgreSqlLock} SELECT {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC LIMIT 1",
            "Microsoft.EntityFrameworkCore.SqlServer" => $"{SqlServerLock} SELECT TOP (1) {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC",
            _ => $"SELECT {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC LIMIT 1",
        };
    }, context);
}
