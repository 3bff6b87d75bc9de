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

    public HistoryShape(IModel model, ISqlGenerationHelper sql)
    {
        var entityType = model.FindEntityType(typeof(HistoryEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Columns = entityType.GetProperties().Where(property => property.ValueGenerated == ValueGenerated.Never)
            .Select(property => (property, property.GetRelationalTypeMapping())).ToList();
        prefix = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", Columns.Select(column => sql.DelimitIdentifier(column.Property.GetColumnName(table)!)))
            .Append(") VALUES ").ToString();
    }

    public IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping)> Columns { get; }

    public string InsertStatement(int rows) => statements.GetOrAdd(rows, count =>
    {
        var text = new StringBuilder(prefix);
        for (var row = 0; row < count; row++)
        {
            text.Append(row == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(0, Columns.Count).Select(index => HistoryBatchInsertInterceptor.ParameterName(row, index, Columns.Count)))
                .Append(')');
        }
        return text.ToString();
    });
}
