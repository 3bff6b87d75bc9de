using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The commands of the hot statements (row INSERTs and UPDATEs, the history INSERT, the audit chain's head), kept
/// prepared on a connection that stays open: SQLite parses each statement once and then only binds new values and
/// runs it. Microsoft.Data.Sqlite finalizes a command's statements when the command is disposed or its connection
/// closes, so only a long-lived connection (SQLite's writer connection, <see cref="Keep"/>) keeps them; on any other
/// connection each statement gets a new command, disposed after use. A kept connection is used by one thread at a
/// time (the holder of the write gate), so its commands need no lock.
/// </summary>
public static class PreparedCommands
{
    // Statement shapes are bounded (a table's changed-column sets, history rows per save); past this many something
    // builds statements per value, and the commands are dropped rather than kept without end.
    private const int Limit = 512;

    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Kept = [];

    /// <summary>From now on the commands run on <paramref name="connection"/> through here stay prepared.</summary>
    public static void Keep(DbConnection connection) => Kept.AddOrUpdate(connection, []);

    /// <summary>The number of statements kept prepared on <paramref name="connection"/>.</summary>
    public static int CountOn(DbConnection connection) => Kept.TryGetValue(connection, out var commands) ? commands.Count : 0;

    /// <summary>A command of <paramref name="sql"/> without parameters in <paramref name="transaction"/>; hand it back with <see cref="Return"/>.</summary>
    internal static DbCommand Rent(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (!Kept.TryGetValue(connection, out var commands))
        {
            var fresh = connection.CreateCommand();
            fresh.CommandText = sql;
            fresh.Transaction = transaction;
            return fresh;
        }
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= Limit)
            {
                foreach (var dropped in commands.Values)
                    dropped.Dispose();
                commands.Clear();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Disposes a command that is not kept; a kept one stays prepared for the next use.</summary>
    internal static void Return(DbCommand command)
    {
        if (command.Connection is { } connection && Kept.TryGetValue(connection, out var commands)
            && commands.TryGetValue(command.CommandText, out var kept) && ReferenceEquals(kept, command))
        {
            command.Parameters.Clear();
            return;
        }
        command.Dispose();
    }
}
