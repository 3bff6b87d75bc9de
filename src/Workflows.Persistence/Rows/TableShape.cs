using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The statements of one table, built once: an INSERT of every column, a DELETE by key, and an UPDATE per set of
/// modified columns. Keys and concurrency tokens go in the WHERE clause, so a row changed by another command
/// since it was read matches nothing.
/// </summary>
internal sealed class TableShape
{
    private readonly ConcurrentDictionary<ulong, string> updates = new();
    private readonly string table;

    public TableShape(IEntityType entityType, int order)
    {
        EntityType = entityType;
        Order = order;
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        table = Quote(entityType.GetTableName()!, entityType.GetSchema());
        Columns = entityType.GetProperties().Select((property, index) => new ColumnShape(property, index, Quote(property.GetColumnName(store)!))).ToList();
        Keys = Columns.Where(column => column.Property.IsPrimaryKey()).ToList();
        Tokens = Columns.Where(column => column.Property.IsConcurrencyToken && !column.Property.IsPrimaryKey()).ToList();
        IsPrincipal = entityType.GetReferencingForeignKeys().Any();
        Insert = $"INSERT INTO {table} ({string.Join(", ", Columns.Select(column => column.Name))}) VALUES ({string.Join(", ", Columns.Select(column => "@p" + column.Index))})";
        Delete = $"DELETE FROM {table} WHERE {Where()}";
        Select = $"SELECT {string.Join(", ", Columns.Select(column => column.Name))} FROM {table} WHERE {string.Join(" AND ", Keys.Select(column => $"{column.Name} = @k{column.Index}"))}";
        readers = Columns.Select(column => ColumnReader.For(column.Property)).ToList();
        Readable = readers.All(reader => reader is not null) && entityType.ClrType.GetConstructor(Type.EmptyTypes) is not null;
    }

    private readonly List<ColumnReader?> readers;

    public IEntityType EntityType { get; }

    /// <summary>The position of the table in dependency order: principals first.</summary>
    public int Order { get; }

    public IReadOnlyList<ColumnShape> Columns { get; }
    public IReadOnlyList<ColumnShape> Keys { get; }
    public IReadOnlyList<ColumnShape> Tokens { get; }

    /// <summary>Other tables reference this one: deleting its rows is left to EF Core, which orders cascades.</summary>
    public bool IsPrincipal { get; }

    public string Insert { get; }
    public string Delete { get; }

    /// <summary>The row by its key, every column in <see cref="Columns"/> order.</summary>
    public string Select { get; }

    /// <summary>Every column has a settable CLR property and the entity a parameterless constructor.</summary>
    public bool Readable { get; }

    /// <summary>Builds the entity from a row read with <see cref="Select"/>.</summary>
    public object Materialize(DbDataReader reader)
    {
        var entity = Activator.CreateInstance(EntityType.ClrType)!;
        for (var ordinal = 0; ordinal < readers.Count; ordinal++)
            readers[ordinal]!.Read(reader, ordinal, entity);
        return entity;
    }

    /// <summary>The UPDATE of the columns whose bits are set in <paramref name="modified"/> (bit = column index).</summary>
    public string Update(ulong modified) => updates.GetOrAdd(modified, mask =>
        $"UPDATE {table} SET {string.Join(", ", Columns.Where(column => (mask & column.Bit) != 0).Select(column => $"{column.Name} = @p{column.Index}"))} WHERE {Where()}");

    private string Where()
    {
        var clauses = Keys.Select(column => $"{column.Name} = @k{column.Index}")
            .Concat(Tokens.Select(column => $"({column.Name} = @k{column.Index} OR ({column.Name} IS NULL AND @k{column.Index} IS NULL))"));
        return string.Join(" AND ", clauses);
    }

    private static string Quote(string name, string? schema = null)
    {
        var quoted = new StringBuilder();
        if (schema is not null)
            quoted.Append('"').Append(schema.Replace("\"", "\"\"")).Append("\".");
        return quoted.Append('"').Append(name.Replace("\"", "\"\"")).Append('"').ToString();
    }
}
