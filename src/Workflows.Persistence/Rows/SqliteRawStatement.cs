using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Workflows.Persistence.Rows;

/// <summary>
/// One SQL statement prepared once on a kept SQLite connection (<see cref="PreparedCommands"/>) and run through
/// SQLite's own API with its parameters bound by position. Microsoft.Data.Sqlite binds every parameter by name, and
/// SQLite finds a name by scanning the statement's list of names: a history INSERT of 8 rows has ~110 of them, ~6,000
/// string comparisons per execution. Here each parameter's position is looked up once, when the command's parameter
/// names first reach this statement, and checked by name (a short string comparison) at every later execution.
/// The values are the command's own parameters, made by the columns' type mappings exactly as before; they are bound
/// as Microsoft.Data.Sqlite binds them. A value whose binding is not plainly the same (a type not listed in
/// <see cref="Bind"/>, text longer than the parameter's size, an empty blob, NaN) leaves that execution to the
/// command, as does a statement SQLite cannot prepare, or more than one statement: the command then reports it as
/// it always did. Errors are raised as Microsoft.Data.Sqlite raises them (<see cref="SqliteException"/>, same
/// message and codes).
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private const uint Persistent = 0x01; // SQLITE_PREPARE_PERSISTENT

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly int parameterCount;
    private readonly StrongBox<long> executions;
    private string[] names = [];
    private int[] positions = [];

    private SqliteRawStatement(sqlite3 db, sqlite3_stmt statement, StrongBox<long> executions)
    {
        this.db = db;
        this.statement = statement;
        this.executions = executions;
        parameterCount = raw.sqlite3_bind_parameter_count(statement);
    }

    /// <summary>
    /// The statement prepared on <paramref name="connection"/>; none when it is not exactly one statement SQLite accepts.
    /// Every execution it runs (bound, then stepped) adds one to <paramref name="executions"/>.
    /// </summary>
    public static SqliteRawStatement? Prepare(SqliteConnection connection, string sql, StrongBox<long> executions)
    {
        if (connection.Handle is not { } db)
            return null;
        if (raw.sqlite3_prepare_v3(db, sql, Persistent, out var statement, out var tail) != raw.SQLITE_OK)
        {
            statement?.Dispose();
            return null;
        }
        if (statement is null || statement.IsInvalid || !string.IsNullOrWhiteSpace(tail))
        {
            statement?.Dispose();
            return null;
        }
        return new SqliteRawStatement(db, statement, executions);
    }

    /// <summary>Runs the statement with <paramref name="parameters"/>; false, nothing run, when the command must run it instead.</summary>
    public bool TryExecute(DbParameterCollection parameters, out int rowsChanged)
    {
        rowsChanged = 0;
        if (!BindAll(parameters))
            return false;
        try
        {
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }
            if (result != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(result, db);
            rowsChanged = raw.sqlite3_changes(db);
            return true;
        }
        finally
        {
            Clear();
        }
    }

    /// <summary>Runs the statement and reads its first row with <paramref name="read"/>; <paramref name="empty"/> without one.</summary>
    public bool TryReadFirst<T>(DbParameterCollection parameters, Func<sqlite3_stmt, T> read, T empty, out T value)
    {
        value = empty;
        if (!BindAll(parameters))
            return false;
        try
        {
            var result = raw.sqlite3_step(statement);
            if (result == raw.SQLITE_ROW)
                value = read(statement);
            else if (result != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(result, db);
            return true;
        }
        finally
        {
            Clear();
        }
    }

    public void Dispose() => statement.Dispose();

    private void Clear()
    {
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
    }

    private bool BindAll(DbParameterCollection parameters)
    {
        if (!Map(parameters))
            return false;
        for (var index = 0; index < positions.Length; index++)
        {
            if (!Bind(positions[index], (SqliteParameter)parameters[index]))
            {
                // Left to the command, which binds every parameter by name: not an execution bound by position.
                raw.sqlite3_clear_bindings(statement);
                return false;
            }
        }
        executions.Value++;
        return true;
    }

    /// <summary>Each parameter's position in the statement, found by name once and checked by name afterwards.</summary>
    private bool Map(DbParameterCollection parameters)
    {
        if (names.Length == parameters.Count)
        {
            var same = true;
            for (var index = 0; index < names.Length && same; index++)
                same = string.Equals(names[index], parameters[index].ParameterName, StringComparison.Ordinal);
            if (same)
                return positions.Length == names.Length;
        }
        var mappedNames = new string[parameters.Count];
        var mappedPositions = new int[parameters.Count];
        var bound = new bool[parameterCount + 1];
        for (var index = 0; index < parameters.Count; index++)
        {
            if (parameters[index] is not SqliteParameter { ParameterName: { Length: > 0 } name })
                return Unmapped();
            var position = raw.sqlite3_bind_parameter_index(statement, name);
            // Microsoft.Data.Sqlite also accepts names without their prefix and ignores parameters the statement
            // does not have: such commands run as commands.
            if (position <= 0 || bound[position])
                return Unmapped();
            bound[position] = true;
            mappedNames[index] = name;
            mappedPositions[index] = position;
        }
        if (parameters.Count != parameterCount)
            return Unmapped();
        names = mappedNames;
        positions = mappedPositions;
        return true;

        bool Unmapped()
        {
            names = [];
            positions = [];
            return false;
        }
    }

    /// <summary>Binds <paramref name="parameter"/>'s value as Microsoft.Data.Sqlite does; false for a value left to it.</summary>
    private bool Bind(int position, SqliteParameter parameter)
    {
        var result = parameter.Value switch
        {
            DBNull => raw.sqlite3_bind_null(statement, position),
            string text when parameter.Size <= 0 || text.Length <= parameter.Size => raw.sqlite3_bind_text(statement, position, text),
            long number => raw.sqlite3_bind_int64(statement, position, number),
            int number => raw.sqlite3_bind_int64(statement, position, number),
            short number => raw.sqlite3_bind_int64(statement, position, number),
            byte number => raw.sqlite3_bind_int64(statement, position, number),
            bool flag => raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0),
            double number when !double.IsNaN(number) => raw.sqlite3_bind_double(statement, position, number),
            Guid guid when parameter.SqliteType == SqliteType.Text => raw.sqlite3_bind_text(statement, position, guid.ToString().ToUpperInvariant()),
            Guid guid => raw.sqlite3_bind_blob(statement, position, guid.ToByteArray()),
            byte[] { Length: > 0 } bytes when parameter.Size <= 0 || bytes.Length <= parameter.Size => raw.sqlite3_bind_blob(statement, position, bytes),
            _ => -1,
        };
        if (result == -1)
            return false;
        if (result != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(result, db);
        return true;
    }
}
