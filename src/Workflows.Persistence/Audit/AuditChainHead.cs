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
    /// <summary>The lock alone, a statement of its own in a PostgreSQL batch.</summary>
    public const string PostgreSqlLockStatement = "SELECT pg_advisory_xact_lock(727370001)";

    /// <summary>What the PostgreSQL head check reports when the chain's last row is not the one expected.</summary>
    public const string MovedOn = "audit chain: its last row was changed or deleted by another command since it was read";

    private const string PostgreSqlLock = PostgreSqlLockStatement + ";";
    private const string SqlServerLock =
        "EXEC sp_getapplock @Resource = N'workflows.audit_log', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 30000;";

    private static readonly ConcurrentDictionary<IModel, string> Statements = new();
    private static readonly ConcurrentDictionary<IModel, string> Checks = new();

    /// <summary>The lock (none on SQLite, whose write transaction already excludes every other writer), then the read of <c>sequence, hash</c>.</summary>
    public static string Statement(DbContext context) => Statements.GetOrAdd(context.Model, static (model, context) =>
    {
        var (sequence, hash, from) = Names(model, context);
        return context.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => $"{PostgreSqlLock} SELECT {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC LIMIT 1",
            "Microsoft.EntityFrameworkCore.SqlServer" => $"{SqlServerLock} SELECT TOP (1) {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC",
            _ => $"SELECT {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC LIMIT 1",
        };
    }, context);

    /// <summary>
    /// PostgreSQL: a statement that fails unless the chain's last row is <c>@sequence, @hash</c> (an empty chain when
    /// <c>@sequence</c> is 0), run after the chain's lock is taken. Its failure is PostgreSQL's refusal of a text cast to
    /// an integer whose message ends like a stale revision's (<see cref="Rows.CommitWithRows"/>): the command runs again.
    /// </summary>
    public static string PostgreSqlCheck(DbContext context) => Checks.GetOrAdd(context.Model, static (model, context) =>
    {
        var (sequence, hash, from) = Names(model, context);
        // The failing branch reads the row found, so the planner cannot fold it ahead (the parameters are constants to it).
        return $"SELECT CASE WHEN coalesce(head.{sequence} = @sequence AND head.{hash} = @hash, @sequence = 0) THEN 1 "
            + $"ELSE ('The {MovedOn}; expected row ' || @sequence || ', found row ' || coalesce(head.{sequence}, 0))::integer END "
            + $"FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT {sequence}, {hash} FROM {from} ORDER BY {sequence} DESC LIMIT 1) AS head ON true";
    }, context);

    /// <summary>The delimited names of the sequence and hash columns and of the table.</summary>
    private static (string Sequence, string Hash, string From) Names(IModel model, DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var entityType = model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        return (sql.DelimitIdentifier(entityType.FindProperty(nameof(AuditEntry.Sequence))!.GetColumnName(table)!),
            sql.DelimitIdentifier(entityType.FindProperty(nameof(AuditEntry.Hash))!.GetColumnName(table)!),
            sql.DelimitIdentifier(table.Name, table.Schema));
    }
}
