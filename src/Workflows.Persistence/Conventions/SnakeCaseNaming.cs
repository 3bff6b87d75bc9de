using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Persistence.Conventions;

/// <summary>Gives every table and column a snake_case name, Identity's included, so all providers read alike.</summary>
internal static class SnakeCaseNaming
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
                entity.SetTableName(ToSnakeCase(table));
            foreach (var property in entity.GetProperties())
            {
                // Explicit names stay; an owned type's key shares its owner's column, which EF derives itself.
                if (((IConventionProperty)property).GetColumnNameConfigurationSource() == ConfigurationSource.Explicit || (entity.IsOwned() && property.IsPrimaryKey()))
                    continue;
                property.SetColumnName(ToSnakeCase(property.GetColumnName()));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
