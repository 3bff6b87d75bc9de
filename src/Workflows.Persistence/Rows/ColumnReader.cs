using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Persistence.Rows;

/// <summary>Reads one column into its property's CLR value: the provider's type, then the model's converter.</summary>
internal sealed class ColumnReader
{
    private static readonly MethodInfo GetMethod = typeof(ColumnReader).GetMethod(nameof(Get), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<DbDataReader, int, object> read;
    private readonly Func<object?, object?>? convert;
    private readonly Action<object, object?> target;

    private ColumnReader(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        read = GetMethod.MakeGenericMethod(providerType).CreateDelegate<Func<DbDataReader, int, object>>();
        convert = mapping.Converter?.ConvertFromProvider;
        target = Setter(property.PropertyInfo!);
    }

    /// <summary>Null for a shadow property: such rows are read by EF Core.</summary>
    public static ColumnReader? For(IProperty property) =>
        property.PropertyInfo is { CanWrite: true } ? new ColumnReader(property) : null;

    public void Read(DbDataReader reader, int ordinal, object entity)
    {
        object? value = null;
        if (!reader.IsDBNull(ordinal))
            value = convert is null ? read(reader, ordinal) : convert(read(reader, ordinal));
        target(entity, value);
    }

    /// <summary>A compiled assignment: reflection's <c>SetValue</c> costs more than the column's read itself.</summary>
    private static Action<object, object?> Setter(PropertyInfo property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(entity, property.DeclaringType!), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
    }

    private static object Get<TValue>(DbDataReader reader, int ordinal) => reader.GetFieldValue<TValue>(ordinal)!;
}
