using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Workflows.Persistence.Configuration;

/// <summary>
/// Write-ahead logging lets readers run beside the single writer; <c>synchronous</c> follows the configured
/// <see cref="SqliteDurability"/> (FULL by default: the log is synced at every commit); the busy timeout makes a
/// second writer wait, not fail. Temporary storage stays in memory: a command of a commit group saves in a savepoint,
/// whose journal of the pages it changed SQLite otherwise spills to a new temporary file (created, written and
/// deleted) once it passes 64 KiB, as most of them do; the journal of a savepoint only serves to roll back to it in
/// the open transaction, so keeping it in memory changes nothing that survives a crash.
/// The pragmas belong to the native connection, which the pool keeps open across many opens of the ADO.NET
/// connection: they run once per native connection, not once per command.
/// </summary>
internal sealed class SqlitePragmaInterceptor(SqliteDurability durability) : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous={(durability == SqliteDurability.Normal ? "NORMAL" : "FULL")}; PRAGMA busy_timeout=10000; PRAGMA wal_autocheckpoint=10000; PRAGMA temp_store=MEMORY;";

    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && configured.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
            configured.AddOrUpdate(handle, handle);
    }
}
