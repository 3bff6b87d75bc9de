using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The INSERT, UPDATE or DELETE of tracked rows with their values as parameters. Where the provider batches
/// (PostgreSQL) every row of a save goes to the database in one round trip when <see cref="Flush"/> runs; otherwise
/// (SQLite, in process) each row's statement runs as it is added, as a command kept prepared on a long-lived
/// connection (<see cref="PreparedCommands"/>).
/// </summary>
internal sealed class RowStatement : IDisposable
{
    private readonly DbTransaction transaction;
    private DbCommand command;
    private readonly DbBatch? batch;
    private readonly List<(EntityEntry Entry, TableShape Table, bool ExpectOneRow)> batched = [];
    private DbParameterCollection parameters;

    public RowStatement(DbTransaction transaction)
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
        Prepare(table.Update(modified));
        foreach (var column in table.Columns.Where(column => (modified & column.Bit) != 0))
            Bind("@p", column, entry.CurrentValues[column.Property]);
        BindIdentity(entry, table);
        Execute(entry, table, expectOneRow: true);
    }

    public void Delete(EntityEntry entry, TableShape table)
    {
        Prepare(table.Delete);
        BindIdentity(entry, table);
        Execute(entry, table, expectOneRow: true);
    }

    /// <summary>Sends the batched rows, if any, and checks that each UPDATE and DELETE found its row.</summary>
    public void Flush()
    {
        if (batch is null || batched.Count == 0)
            return;
        Run(() => batch.ExecuteNonQuery());
        CheckBatch();
    }

    /// <inheritdoc cref="Flush"/>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (batch is null || batched.Count == 0)
            return;
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw Failed(exception);
        }
        CheckBatch();
    }

    public void Dispose()
    {
        batch?.Dispose();
        PreparedCommands.Return(command);
    }

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
        table ??= exception.BatchCommand is { } failed && batch!.BatchCommands.IndexOf(failed) is var index and >= 0 ? batched[index].Table : null;
        var row = table is null ? "row" : $"{table.EntityType.DisplayName()} row";
        return new DbUpdateException($"Saving a {row} failed: {exception.Message}", exception);
    }

    private static DbUpdateConcurrencyException Changed(EntityEntry entry, TableShape table) => new(
        $"The {table.EntityType.DisplayName()} row {Describe(entry, table)} was changed or deleted by another command since it was read.");

    private static string Describe(EntityEntry entry, TableShape table) =>
        string.Join("/", table.Keys.Select(key => entry.OriginalValues[key.Property]));
}
