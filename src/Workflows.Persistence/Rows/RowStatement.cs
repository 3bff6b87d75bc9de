using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>Executes the INSERT, UPDATE or DELETE of one tracked row with its values as parameters.</summary>
internal sealed class RowStatement(DbTransaction transaction) : IDisposable
{
    private readonly DbCommand command = CreateCommand(transaction);

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

    public void Dispose() => command.Dispose();

    private static DbCommand CreateCommand(DbTransaction transaction)
    {
        var created = transaction.Connection!.CreateCommand();
        created.Transaction = transaction;
        return created;
    }

    private void Prepare(string sql)
    {
        command.CommandText = sql;
        command.Parameters.Clear();
    }

    /// <summary>The key as stored and the concurrency tokens as read: a row changed since then matches nothing.</summary>
    private void BindIdentity(EntityEntry entry, TableShape table)
    {
        foreach (var column in table.Keys.Concat(table.Tokens))
            Bind("@k", column, entry.OriginalValues[column.Property]);
    }

    private void Bind(string prefix, ColumnShape column, object? value) =>
        // The column's type mapping converts the value to what the provider stores (enum names, UTC ticks).
        command.Parameters.Add(column.Property.GetRelationalTypeMapping()
            .CreateParameter(command, prefix + column.Index, value, column.Property.IsNullable));

    private void Execute(EntityEntry entry, TableShape table, bool expectOneRow)
    {
        int rows;
        try
        {
            rows = command.ExecuteNonQuery();
        }
        catch (DbException exception)
        {
            throw new DbUpdateException($"Saving a {table.EntityType.DisplayName()} row failed: {exception.Message}", exception);
        }
        if (expectOneRow && rows != 1)
        {
            throw new DbUpdateConcurrencyException(
                $"The {table.EntityType.DisplayName()} row {Describe(entry, table)} was changed or deleted by another command since it was read.");
        }
    }

    private static string Describe(EntityEntry entry, TableShape table) =>
        string.Join("/", table.Keys.Select(key => entry.OriginalValues[key.Property]));
}
