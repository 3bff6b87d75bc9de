using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.History;

/// <summary>The history table's written columns and its multi-row INSERT per row count, built once per model.</summary>
internal sealed class HistoryShape
{
    private readonly ConcurrentDictionary<int, string> statements = new();
    private readonly string prefix;
    private readonly string[] parameterNames;

    /// <param name="maxRows">The most rows one statement inserts.</param>
    public HistoryShape(IModel model, ISqlGenerationHelper sql, int maxRows)
    {
        var entityType = model.FindEntityType(typeof(HistoryEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Columns = entityType.GetProperties().Where(property => property.ValueGenerated == ValueGenerated.Never)
            .Select(property => (property, property.GetRelationalTypeMapping())).ToList();
        prefix = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", Columns.Select(column => sql.DelimitIdentifier(column.Property.GetColumnName(table)!)))
            .Append(") VALUES ").ToString();
        Getters = Columns.Select(column => column.Property.IsShadowProperty() ? null : column.Property.GetGetter()).ToList();
        parameterNames = [.. Enumerable.Range(0, maxRows * Columns.Count).Select(index => "@p" + index)];
    }

    public IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping)> Columns { get; }

    /// <summary>Each column's CLR getter (null for a shadow property), in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<IClrPropertyGetter?> Getters { get; }

    /// <summary>The name of the parameter of <paramref name="column"/> in <paramref name="row"/>, built once.</summary>
    public string ParameterName(int row, int column) => parameterNames[row * Columns.Count + column];

    public string InsertStatement(int rows) => statements.GetOrAdd(rows, count =>
    {
        var text = new StringBuilder(prefix);
        for (var row = 0; row < count; row++)
        {
            text.Append(row == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(0, Columns.Count).Select(index => ParameterName(row, index)))
                .Append(')');
        }
        return text.ToString();
    });
}
