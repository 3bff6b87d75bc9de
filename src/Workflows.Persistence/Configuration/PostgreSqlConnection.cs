using System.Data.Common;
using Npgsql;

namespace Workflows.Persistence.Configuration;

/// <summary>
/// The settings a command's connection to PostgreSQL runs with unless the connection string sets them. A command
/// sends the same few statements every time (its task and instance read, the history rows with the chain's lock,
/// the batch of its rows): prepared once per pooled connection, the server parses and plans each of them once
/// instead of at every command, and the client sends only their parameters. A pooled connection keeps no state
/// between commands (the chain's lock is scoped to the transaction, nothing sets session variables), so the reset
/// Npgsql would otherwise prepend to its next command, several statements for the server to run, is skipped.
/// </summary>
public static class PostgreSqlConnection
{
    /// <summary>Statements prepared per connection: a command's few shapes, history batches of every size up to dozens of rows, the reads of the API.</summary>
    public const int MaxAutoPrepare = 256;

    /// <summary>A statement is prepared at its second use: the shapes a command sends repeat from the start.</summary>
    public const int AutoPrepareMinUsages = 2;

    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(given, "Max Auto Prepare", "MaxAutoPrepare"))
            builder.MaxAutoPrepare = MaxAutoPrepare;
        if (!Sets(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        if (!Sets(given, "No Reset On Close", "NoResetOnClose"))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Sets(DbConnectionStringBuilder given, params string[] keys) => keys.Any(given.ContainsKey);
}
