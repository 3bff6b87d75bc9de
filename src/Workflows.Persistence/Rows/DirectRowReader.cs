using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Finds a row by its key with one plain SELECT and attaches it, as <c>FindAsync</c> does: a command loads its task
/// and instance this way, and EF Core's query pipeline around a single-row read costs several times the read.
/// A row already tracked comes from the tracker; an entity type the plain read cannot build goes to EF Core.
/// </summary>
public static class DirectRowReader
{
    public static async ValueTask<T?> FindRowAsync<T>(this DbContext db, object key, CancellationToken cancellationToken) where T : class
    {
        if (Tracked<T>(db, key) is { } tracked)
            return tracked;
        var entityType = db.Model.FindEntityType(typeof(T))!;
        if (DirectTables.For(db).Find(entityType) is not { Readable: true, Keys.Count: 1 } table)
            return await db.Set<T>().FindAsync([key], cancellationToken);

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = table.Select;
            var keyColumn = table.Keys[0];
            command.Parameters.Add(keyColumn.Property.GetRelationalTypeMapping().CreateParameter(command, "@k" + keyColumn.Index, key, nullable: false));
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            var entity = (T)table.Materialize(reader);
            db.Attach(entity);
            return entity;
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The tracked row of that key, looked up without the change detection <c>DbSet.Local</c> runs over every tracked row.</summary>
    private static T? Tracked<T>(DbContext db, object key) where T : class
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Set<T>().Local.FindEntryUntyped([key])?.Entity;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
