using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The commands of the hot statements (row INSERTs and UPDATEs, the history INSERT, the audit chain's head), kept
/// prepared on a connection that stays open: SQLite parses each statement once and then only binds new values and
/// runs it. Microsoft.Data.Sqlite finalizes a command's statements when the command is disposed or its connection
/// closes, so only a long-lived connection (SQLite's writer connection, <see cref="Keep"/>) keeps them; on any other
/// connection each statement gets a new command, disposed after use. A kept connection is used by one thread at a
/// time (the holder of the write gate), so its commands need no lock. On a kept SQLite connection a statement runs
/// through SQLite's own API with its parameters bound by position (<see cref="SqliteRawStatement"/>), not by name.
/// </summary>
public static class PreparedCommands
{
    // Statement shapes are bounded (a table's changed-column sets, history rows per save); past this many something
    // builds statements per value, and the commands are dropped rather than kept without end.
    private const int Limit = 512;

    private static readonly ConditionalWeakTable<DbConnection, KeptCommands> Kept = [];

    /// <summary>From now on the commands run on <paramref name="connection"/> through here stay prepared.</summary>
    public static void Keep(DbConnection connection)
    {
        var kept = new KeptCommands(connection as SqliteConnection);
        Kept.AddOrUpdate(connection, kept);
        // A closed connection's handle goes back to Microsoft.Data.Sqlite's pool: the statements prepared on it
        // here are finalized first.
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Closed)
                kept.Clear();
        };
    }

    /// <summary>Drops what is kept on <paramref name="connection"/> (its commands and SQLite statements) before it closes.</summary>
    public static void Release(DbConnection connection)
    {
        if (Kept.TryGetValue(connection, out var kept))
        {
            kept.Clear();
            Kept.Remove(connection);
        }
    }

    /// <summary>The number of statements kept prepared on <paramref name="connection"/>.</summary>
    public static int CountOn(DbConnection connection) => Kept.TryGetValue(connection, out var kept) ? kept.Commands.Count : 0;

    /// <summary>The number of executions on <paramref name="connection"/> run through SQLite's own API, bound by position (failed ones included).</summary>
    public static long RawExecutionsOn(DbConnection connection) => Kept.TryGetValue(connection, out var kept) ? kept.RawExecutions.Value : 0;

    /// <summary>
    /// Runs <paramref name="sql"/>, a statement without parameters such as a savepoint's, on <paramref name="connection"/>
    /// in <paramref name="transaction"/>: on a kept connection prepared once and run again afterwards, otherwise as a
    /// command of its own.
    /// </summary>
    public static void Run(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = Rent(connection, transaction, sql);
        try
        {
            ExecuteNonQuery(command);
        }
        finally
        {
            Return(command);
        }
    }

    /// <summary>A command of <paramref name="sql"/> without parameters in <paramref name="transaction"/>; hand it back with <see cref="Return"/>.</summary>
    internal static DbCommand Rent(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (!Kept.TryGetValue(connection, out var kept))
        {
            var fresh = connection.CreateCommand();
            fresh.CommandText = sql;
            fresh.Transaction = transaction;
            return fresh;
        }
        if (!kept.Commands.TryGetValue(sql, out var entry))
        {
            if (kept.Commands.Count >= Limit)
                kept.Clear();
            var command = connection.CreateCommand();
            command.CommandText = sql;
            entry = new KeptCommand(command);
            kept.Commands[sql] = entry;
        }
        entry.Command.Parameters.Clear();
        entry.Command.Transaction = transaction;
        return entry.Command;
    }

    /// <summary>Disposes a command that is not kept; a kept one stays prepared for the next use.</summary>
    internal static void Return(DbCommand command)
    {
        if (Find(command) is not null)
        {
            command.Parameters.Clear();
            return;
        }
        command.Dispose();
    }

    /// <summary>Runs <paramref name="command"/>, bound by position when it is kept on SQLite; the rows it changed.</summary>
    internal static int ExecuteNonQuery(DbCommand command)
    {
        if (Raw(command) is { } statement && statement.TryExecute(command.Parameters, out var rows))
            return rows;
        return command.ExecuteNonQuery();
    }

    /// <inheritdoc cref="ExecuteNonQuery"/>
    internal static ValueTask<int> ExecuteNonQueryAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (Raw(command) is { } statement && statement.TryExecute(command.Parameters, out var rows))
            return ValueTask.FromResult(rows);
        return new ValueTask<int>(command.ExecuteNonQueryAsync(cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="command"/> kept on SQLite and reads its first row with <paramref name="read"/>
    /// (<paramref name="empty"/> without one); false when it is not run that way and the caller runs it as a command.
    /// </summary>
    internal static bool TryReadFirst<T>(DbCommand command, Func<sqlite3_stmt, T> read, T empty, out T value)
    {
        value = empty;
        return Raw(command) is { } statement && statement.TryReadFirst(command.Parameters, read, empty, out value);
    }

    /// <summary>Whether commands rented on <paramref name="connection"/> run through SQLite's own API.</summary>
    internal static bool RunsRaw(DbConnection connection) => Kept.TryGetValue(connection, out var kept) && kept.Sqlite is not null;

    private static KeptCommand? Find(DbCommand command) =>
        command.Connection is { } connection && Kept.TryGetValue(connection, out var kept)
        && kept.Commands.TryGetValue(command.CommandText, out var entry) && ReferenceEquals(entry.Command, command) ? entry : null;

    private static SqliteRawStatement? Raw(DbCommand command)
    {
        if (command.Connection is not { } connection || !Kept.TryGetValue(connection, out var kept) || kept.Sqlite is null
            || !kept.Commands.TryGetValue(command.CommandText, out var entry) || !ReferenceEquals(entry.Command, command)
            || entry.NotRaw)
            return null;
        if (entry.Raw is null)
        {
            entry.Raw = SqliteRawStatement.Prepare(kept.Sqlite, command.CommandText, kept.RawExecutions);
            entry.NotRaw = entry.Raw is null;
        }
        return entry.Raw;
    }

    private sealed class KeptCommands(SqliteConnection? sqlite)
    {
        public SqliteConnection? Sqlite { get; } = sqlite;
        public Dictionary<string, KeptCommand> Commands { get; } = [];
        public StrongBox<long> RawExecutions { get; } = new();

        public void Clear()
        {
            foreach (var entry in Commands.Values)
            {
                entry.Raw?.Dispose();
                entry.Command.Dispose();
            }
            Commands.Clear();
        }
    }

    private sealed class KeptCommand(DbCommand command)
    {
        public DbCommand Command { get; } = command;
        public SqliteRawStatement? Raw { get; set; }

        /// <summary>SQLite could not prepare it alone (several statements, or an error the command reports).</summary>
        public bool NotRaw { get; set; }
    }
}
