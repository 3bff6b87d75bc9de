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

    /// <summary>
    /// Finds a row by its key as <see cref="FindRowAsync{T}"/> does and, in the same command, the
    /// <typeparamref name="TReferenced"/> row its <paramref name="foreignKey"/> property points to, attached as well
    /// unless already tracked: one round trip for a command that needs both (a task and its instance).
    /// </summary>
    public static async ValueTask<T?> FindRowWithAsync<T, TReferenced>(this DbContext db, object key, string foreignKey, CancellationToken cancellationToken)
        where T : class where TReferenced : class
    {
        if (Tracked<T>(db, key) is { } tracked)
            return tracked;
        var tables = DirectTables.For(db);
        if (tables.Find(db.Model.FindEntityType(typeof(T))!) is not { Readable: true, Keys.Count: 1 } table
            || tables.Find(db.Model.FindEntityType(typeof(TReferenced))!) is not { Readable: true, Keys.Count: 1 } referenced)
            return await db.FindRowAsync<T>(key, cancellationToken);
        var foreignKeyColumn = table.Columns.Single(column => column.Property.Name == foreignKey);

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = table.Select + "; " + referenced.SelectReferencedBy(table, foreignKeyColumn);
            var keyColumn = table.Keys[0];
            command.Parameters.Add(keyColumn.Property.GetRelationalTypeMapping().CreateParameter(command, "@k" + keyColumn.Index, key, nullable: false));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            var entity = (T)table.Materialize(reader);
            var referencedKey = foreignKeyColumn.Property.GetGetter().GetClrValue(entity);
            if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken)
                && referencedKey is not null && Tracked<TReferenced>(db, referencedKey) is null)
                db.Attach((TReferenced)referenced.Materialize(reader));
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
