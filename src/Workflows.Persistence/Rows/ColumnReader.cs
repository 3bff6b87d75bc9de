using System.Data.Common;
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
    private readonly PropertyInfo target;

    private ColumnReader(IProperty property, PropertyInfo target)
    {
        var mapping = property.GetRelationalTypeMapping();
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        read = GetMethod.MakeGenericMethod(providerType).CreateDelegate<Func<DbDataReader, int, object>>();
        convert = mapping.Converter?.ConvertFromProvider;
        this.target = target;
    }

    /// <summary>Null for a shadow property: such rows are read by EF Core.</summary>
    public static ColumnReader? For(IProperty property) =>
        property.PropertyInfo is { CanWrite: true } target ? new ColumnReader(property, target) : null;

    public void Read(DbDataReader reader, int ordinal, object entity)
    {
        object? value = null;
        if (!reader.IsDBNull(ordinal))
            value = convert is null ? read(reader, ordinal) : convert(read(reader, ordinal));
        target.SetValue(entity, value);
    }

    private static object Get<TValue>(DbDataReader reader, int ordinal) => reader.GetFieldValue<TValue>(ordinal)!;
}
