using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// The statements of one table, built once: an INSERT of every column, a DELETE by key, and an UPDATE per set of
/// modified columns. Keys and concurrency tokens go in the WHERE clause, so a row changed by another command
/// since it was read matches nothing.
/// </summary>
internal sealed class TableShape
{
    private readonly ConcurrentDictionary<ulong, string> updates = new();
    private readonly ConcurrentDictionary<(TableShape Referenced, ColumnShape ForeignKey), string> selectsWith = new();
    private readonly List<ColumnReader?> readers;
    private readonly string table;

    /// <summary>The row by its key: <c>key = @k…</c>.</summary>
    private readonly string keyFilter;

    /// <summary>The row as read: its key, and its concurrency tokens as they were (null included).</summary>
    private readonly string identity;

    public TableShape(IEntityType entityType, int order, ISqlGenerationHelper sql)
    {
        EntityType = entityType;
        Order = order;
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        table = sql.DelimitIdentifier(store.Name, store.Schema);
        Columns = entityType.GetProperties().Select((property, index) => new ColumnShape(property, index, sql.DelimitIdentifier(property.GetColumnName(store)!))).ToList();
        Keys = Columns.Where(column => column.Property.IsPrimaryKey()).ToList();
        Tokens = Columns.Where(column => column.Property.IsConcurrencyToken && !column.Property.IsPrimaryKey()).ToList();
        IsPrincipal = entityType.GetReferencingForeignKeys().Any();
        var key = keyFilter = string.Join(" AND ", Keys.Select(column => $"{column.Name} = @k{column.Index}"));
        identity = string.Join(" AND ", Tokens.Select(column => $"({column.Name} = @k{column.Index} OR ({column.Name} IS NULL AND @k{column.Index} IS NULL))").Prepend(key));
        Insert = $"INSERT INTO {table} ({string.Join(", ", Columns.Select(column => column.Name))}) VALUES ({string.Join(", ", Columns.Select(column => "@p" + column.Index))})";
        Delete = $"DELETE FROM {table} WHERE {identity}";
        Select = $"SELECT {string.Join(", ", Columns.Select(column => column.Name))} FROM {table} WHERE {key}";
        readers = Columns.Select(column => ColumnReader.For(column.Property)).ToList();
        Readable = readers.All(reader => reader is not null) && entityType.ClrType.GetConstructor(Type.EmptyTypes) is not null;
    }

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

    /// <summary>
    /// This table's row that <paramref name="foreignKey"/> of <paramref name="owner"/>'s row points to, the owner's row
    /// named by its key parameter as in its <see cref="Select"/>. This table has a single-column key.
    /// </summary>
    public string SelectReferencedBy(TableShape owner, ColumnShape foreignKey) =>
        $"SELECT {string.Join(", ", Columns.Select(column => column.Name))} FROM {table} WHERE {Keys[0].Name} = (SELECT {foreignKey.Name} FROM {owner.table} WHERE {owner.keyFilter})";

    /// <summary>
    /// <see cref="Select"/> and, in the same command, the <paramref name="referenced"/> table's row that
    /// <paramref name="foreignKey"/> of this table's row points to; built once per pair.
    /// </summary>
    public string SelectWith(TableShape referenced, ColumnShape foreignKey) =>
        selectsWith.GetOrAdd((referenced, foreignKey), static (pair, owner) => owner.Select + "; " + pair.Referenced.SelectReferencedBy(owner, pair.ForeignKey), this);

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
        $"UPDATE {table} SET {string.Join(", ", Columns.Where(column => (mask & column.Bit) != 0).Select(column => $"{column.Name} = @p{column.Index}"))} WHERE {identity}");
}
