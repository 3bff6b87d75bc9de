using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Finds a row by its key with one plain SELECT and attaches it, as <c>FindAsync</c> does: a command loads its task
/// and instance this way, and EF Core's query pipeline around a single-row read costs several times the read.
/// A row already tracked comes from the tracker; an entity type the plain read cannot build goes to EF Core. Outside a
/// transaction the read runs on a connection of the application's <see cref="KeptReaders"/> (SQLite), where its
/// statement stays prepared; in a transaction, on the transaction's connection.
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

        await using var source = await RowSource.OpenAsync(db, cancellationToken);
        var command = PreparedCommands.Rent(source.Connection, source.Transaction, table.Select);
        try
        {
            var keyColumn = table.Keys[0];
            command.Parameters.Add(keyColumn.Property.GetRelationalTypeMapping().CreateParameter(command, "@k" + keyColumn.Index, key, nullable: false));
            T? entity = null;
            await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                    entity = (T)table.Materialize(reader);
            }
            source.Completed();
            if (entity is not null)
                Track(db, entity);
            return entity;
        }
        finally
        {
            PreparedCommands.Return(command);
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

        await using var source = await RowSource.OpenAsync(db, cancellationToken);
        var command = PreparedCommands.Rent(source.Connection, source.Transaction, table.SelectWith(referenced, foreignKeyColumn));
        try
        {
            var keyColumn = table.Keys[0];
            command.Parameters.Add(keyColumn.Property.GetRelationalTypeMapping().CreateParameter(command, "@k" + keyColumn.Index, key, nullable: false));
            T? entity = null;
            TReferenced? referencedEntity = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    entity = (T)table.Materialize(reader);
                    if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken))
                        referencedEntity = (TReferenced)referenced.Materialize(reader);
                }
            }
            source.Completed();
            if (entity is null)
                return null;
            var referencedKey = foreignKeyColumn.Property.GetGetter().GetClrValue(entity);
            if (referencedEntity is not null && referencedKey is not null && Tracked<TReferenced>(db, referencedKey) is null)
                Track(db, referencedEntity);
            Track(db, entity);
            return entity;
        }
        finally
        {
            PreparedCommands.Return(command);
        }
    }

    /// <summary>
    /// The connection a read runs on: outside a transaction one of the application's <see cref="KeptReaders"/> when it
    /// has them, otherwise the context's own (in its transaction, if any), opened for the read when it was closed.
    /// </summary>
    private sealed class RowSource : IAsyncDisposable
    {
        private readonly DbContext db;
        private readonly KeptReaders? readers;
        private readonly (DbConnection Connection, IDisposable Owner)? kept;
        private readonly bool opened;
        private bool completed;

        private RowSource(DbContext db, KeptReaders? readers, (DbConnection Connection, IDisposable Owner)? kept, DbTransaction? transaction, bool opened)
        {
            this.db = db;
            this.readers = readers;
            this.kept = kept;
            this.opened = opened;
            Connection = kept?.Connection ?? db.Database.GetDbConnection();
            Transaction = transaction;
        }

        public DbConnection Connection { get; }

        public DbTransaction? Transaction { get; }

        public static async ValueTask<RowSource> OpenAsync(DbContext db, CancellationToken cancellationToken)
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (transaction is null && KeptReaders.Of(db) is { } readers && readers.Rent() is { } kept)
                return new RowSource(db, readers, kept, null, opened: false);
            var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
            if (opened)
                await db.Database.OpenConnectionAsync(cancellationToken);
            return new RowSource(db, null, null, transaction, opened);
        }

        /// <summary>The read ran to its end: a kept connection may serve the next one.</summary>
        public void Completed() => completed = true;

        public async ValueTask DisposeAsync()
        {
            if (kept is { } connection)
                readers!.Return(connection, completed);
            else if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Tracks a row just read as unchanged, as <c>Attach</c> would, without walking its navigations: a row built from one
    /// table's columns has no related rows to attach (its collections are empty), so the walk finds nothing to do.
    /// </summary>
    private static void Track(DbContext db, object entity) => db.Entry(entity).State = EntityState.Unchanged;

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
