using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Which entity types a plain statement per row can write, and in which order: an entity type qualifies when it
/// alone maps to its table (no inheritance, splitting, owned or complex parts) and the database generates none of
/// its values, nor references its own table (rows of one table are written in tracking order). Principals come
/// before their dependents, so inserts never reference a row not yet written.
/// </summary>
internal sealed class DirectTables
{
    private static readonly ConcurrentDictionary<IModel, DirectTables> ByModel = new();

    private readonly Dictionary<IEntityType, TableShape> shapes = [];

    private DirectTables(IModel model, ISqlGenerationHelper sql)
    {
        var order = 0;
        foreach (var entityType in InDependencyOrder(model.GetEntityTypes().Where(Qualifies).ToList()))
            shapes[entityType] = new TableShape(entityType, order++, sql);
    }

    /// <summary>The tables of the context's model, built on first use with the provider's identifier quoting.</summary>
    public static DirectTables For(DbContext db) =>
        ByModel.GetOrAdd(db.Model, static (model, db) => new DirectTables(model, db.GetService<ISqlGenerationHelper>()), db);

    public TableShape? Find(IEntityType entityType) => shapes.GetValueOrDefault(entityType);

    private static bool Qualifies(IEntityType entityType) =>
        entityType.BaseType is null && !entityType.GetDerivedTypes().Any() && !entityType.IsOwned()
        && !entityType.GetComplexProperties().Any() && entityType.GetTableName() is not null
        && entityType.GetTableMappings().Count() == 1
        && entityType.GetTableMappings().Single().Table.EntityTypeMappings.Count() == 1
        && entityType.GetProperties().Count() <= 64
        && entityType.GetForeignKeys().All(key => key.PrincipalEntityType != entityType)
        && entityType.GetProperties().All(property => property.ValueGenerated == ValueGenerated.Never || property.IsPrimaryKey());

    private static IEnumerable<IEntityType> InDependencyOrder(List<IEntityType> entityTypes)
    {
        var placed = new HashSet<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        var ordered = new List<IEntityType>();
        foreach (var entityType in entityTypes)
            Place(entityType, entityTypes, placed, visiting, ordered);
        return ordered;
    }

    private static void Place(IEntityType entityType, List<IEntityType> candidates, HashSet<IEntityType> placed, HashSet<IEntityType> visiting, List<IEntityType> ordered)
    {
        if (placed.Contains(entityType) || !visiting.Add(entityType))
            return;
        foreach (var principal in entityType.GetForeignKeys().Select(key => key.PrincipalEntityType).Where(candidates.Contains))
            Place(principal, candidates, placed, visiting, ordered);
        visiting.Remove(entityType);
        placed.Add(entityType);
        ordered.Add(entityType);
    }
}
