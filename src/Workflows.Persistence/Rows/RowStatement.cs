using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The INSERT, UPDATE or DELETE of tracked rows with their values as parameters. Where the provider batches
/// (PostgreSQL) every row of a save goes to the database in one round trip when <see cref="Flush"/> runs; otherwise
/// (SQLite, in process) each row's statement runs as it is added, as a command kept prepared on a long-lived
/// connection (<see cref="PreparedCommands"/>). A batch built to commit (<see cref="CommitWithRows"/>) ends with the
/// transaction's <c>COMMIT</c>, and its row checks fail in SQL, so that the commit cannot follow a failed one.
/// </summary>
internal sealed class RowStatement : IDisposable
{
    private readonly DbTransaction transaction;
    private DbCommand command;
    private readonly DbBatch? batch;
    private readonly bool commit;
    private readonly List<(EntityEntry Entry, TableShape Table, bool ExpectOneRow)> batched = [];
    private DbParameterCollection parameters;

    /// <param name="commit">Whether the batch is to end with the transaction's COMMIT (only where the provider batches).</param>
    /// <param name="leading">Statements the batch begins with (<see cref="LeadingStatements"/>).</param>
    public RowStatement(DbTransaction transaction, bool commit = false, List<(string Sql, DbParameter[] Parameters)>? leading = null)
    {
        this.transaction = transaction;
        var connection = transaction.Connection!;
        command = connection.CreateCommand();
        command.Transaction = transaction;
        parameters = command.Parameters;
        if (connection.CanCreateBatch)
        {
            batch = connection.CreateBatch();
            batch.Transaction = transaction;
        }
        this.commit = commit && batch is not null;
        foreach (var (sql, leadingParameters) in leading ?? [])
        {
            // No tracked row of their own: a failure of one of them names no row (and a failed head check is a stale read).
            var batchCommand = batch!.CreateBatchCommand();
            batchCommand.CommandText = sql;
            batchCommand.Parameters.AddRange(leadingParameters);
            batch.BatchCommands.Add(batchCommand);
            batched.Add(default);
        }
    }

    public void Insert(EntityEntry entry, TableShape table)
    {
        Prepare(table.Insert);
        foreach (var column in table.Columns)
            Bind("@p", column, entry.CurrentValues[column.Property]);
        Execute(entry, table, expectOneRow: false);
    }

    public void Update(EntityEntry entry, TableShape table)
    {
        var modified = 0UL;
        foreach (var column in table.Columns)
        {
            if (entry.Property(column.Property).IsModified)
                modified |= column.Bit;
        }
        if (modified == 0)
            return;
        Prepare(Checking(table.Update(modified), table));
        foreach (var column in table.Columns.Where(column => (modified & column.Bit) != 0))
            Bind("@p", column, entry.CurrentValues[column.Property]);
        BindIdentity(entry, table);
        Execute(entry, table, expectOneRow: !commit);
    }

    public void Delete(EntityEntry entry, TableShape table)
    {
        Prepare(Checking(table.Delete, table));
        BindIdentity(entry, table);
        Execute(entry, table, expectOneRow: !commit);
    }

    /// <summary>Sends the batched rows, if any, and checks that each UPDATE and DELETE found its row.</summary>
    public void Flush()
    {
        if (batch is null || batched.Count == 0)
            return;
        Run(() => batch.ExecuteNonQuery());
        CheckBatch();
    }

    /// <summary>
    /// Sends the batched rows, if any, and checks that each UPDATE and DELETE found its row; true when the batch also
    /// committed the transaction (built to commit, and holding rows).
    /// </summary>
    public async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        if (batch is null || batched.Count == 0)
            return false;
        if (commit)
        {
            var commitCommand = batch.CreateBatchCommand();
            commitCommand.CommandText = "COMMIT";
            batch.BatchCommands.Add(commitCommand);
        }
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw Failed(exception);
        }
        CheckBatch();
        return commit;
    }

    public void Dispose()
    {
        batch?.Dispose();
        PreparedCommands.Return(command);
    }

    /// <summary>In a batch that commits, a statement that must find its row fails in SQL when it finds none.</summary>
    private string Checking(string sql, TableShape table) => commit ? CommitWithRows.Checked(sql, table) : sql;

    private void Prepare(string sql)
    {
        if (batch is null)
        {
            PreparedCommands.Return(command);
            command = PreparedCommands.Rent(transaction.Connection!, transaction, sql);
            parameters = command.Parameters;
            return;
        }
        var batchCommand = batch.CreateBatchCommand();
        batchCommand.CommandText = sql;
        batch.BatchCommands.Add(batchCommand);
        parameters = batchCommand.Parameters;
    }

    /// <summary>The key as stored and the concurrency tokens as read: a row changed since then matches nothing.</summary>
    private void BindIdentity(EntityEntry entry, TableShape table)
    {
        foreach (var column in table.Keys.Concat(table.Tokens))
            Bind("@k", column, entry.OriginalValues[column.Property]);
    }

    private void Bind(string prefix, ColumnShape column, object? value) =>
        // The column's type mapping converts the value to what the provider stores (enum names, UTC ticks).
        parameters.Add(column.Property.GetRelationalTypeMapping()
            .CreateParameter(command, prefix + column.Index, value, column.Property.IsNullable));

    private void Execute(EntityEntry entry, TableShape table, bool expectOneRow)
    {
        if (batch is not null)
        {
            batched.Add((entry, table, expectOneRow));
            return;
        }
        var rows = Run(() => PreparedCommands.ExecuteNonQuery(command), table);
        if (expectOneRow && rows != 1)
            throw Changed(entry, table);
    }

    private void CheckBatch()
    {
        for (var index = 0; index < batched.Count; index++)
        {
            var (entry, table, expectOneRow) = batched[index];
            if (expectOneRow && batch!.BatchCommands[index].RecordsAffected != 1)
                throw Changed(entry, table);
        }
    }

    private int Run(Func<int> execute, TableShape? table = null)
    {
        try
        {
            return execute();
        }
        catch (DbException exception)
        {
            throw Failed(exception, table);
        }
    }

    /// <summary>The failure as EF Core reports it, naming the row's table (in a batch, the statement that failed).</summary>
    private DbUpdateException Failed(DbException exception, TableShape? table = null)
    {
        // The batch's COMMIT, when it fails, has no row of its own.
        var failedRow = exception.BatchCommand is { } failed && batch!.BatchCommands.IndexOf(failed) is var index and >= 0 && index < batched.Count
            ? batched[index] : default;
        if (CommitWithRows.IsChangedNoRow(exception))
            return failedRow.Entry is not null ? Changed(failedRow.Entry, failedRow.Table, exception) : new DbUpdateConcurrencyException(exception.Message, exception);
        table ??= failedRow.Table;
        var row = table is null ? "row" : $"{table.EntityType.DisplayName()} row";
        return new DbUpdateException($"Saving a {row} failed: {exception.Message}", exception);
    }

    private static DbUpdateConcurrencyException Changed(EntityEntry entry, TableShape table, Exception? innerException = null) => new(
        $"The {table.EntityType.DisplayName()} row {Describe(entry, table)} was changed or deleted by another command since it was read.", innerException);

    private static string Describe(EntityEntry entry, TableShape table) =>
        string.Join("/", table.Keys.Select(key => entry.OriginalValues[key.Property]));
}
