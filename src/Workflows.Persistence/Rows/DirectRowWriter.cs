using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Workflows.Persistence.Audit;

namespace Workflows.Persistence.Rows;

/// <summary>
/// Writes the rows of a save made inside an explicit transaction with one plain statement per row, its SQL built
/// once per table, instead of EF Core's update pipeline: the statements themselves take about 20 µs each on SQLite,
/// EF Core's bookkeeping around them ten times that. On SQLite, whose single writer makes the time a command spends
/// saving the platform's throughput, each statement runs in process as it is built; on PostgreSQL the save's rows go
/// in one batch, one round trip, and an audited command holds the chain's lock for less time. Semantics stay EF
/// Core's: modified columns only, concurrency tokens checked (a <see cref="DbUpdateConcurrencyException"/> when a row
/// changed meanwhile), failures as <see cref="DbUpdateException"/>. A save holding anything this writer does not
/// handle (a table it does not qualify, the deletion of a referenced row, a value still to be generated) is left
/// whole to EF Core. A command's last save on PostgreSQL sends its transaction's COMMIT in the same batch (<see cref="CommitWithRows"/>). Registered after every other save interceptor: they see the rows as added or modified before
/// this writer marks them saved.
/// </summary>
internal sealed class DirectRowWriter : SaveChangesInterceptor
{
    /// <summary>The contexts whose change detection this writer suspended for the rest of their save.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> Suspended = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { Database.CurrentTransaction: { } transaction } context && Pending(context) is { Count: > 0 } pending)
        {
            using var statement = Write(pending, transaction.GetDbTransaction());
            statement.Flush();
            Accept(context);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: { } transaction } context && Pending(context) is { Count: > 0 } pending)
        {
            var dbTransaction = transaction.GetDbTransaction();
            using var statement = Write(pending, dbTransaction, CommitWithRows.Requested(context, dbTransaction), LeadingStatements.Take(context));
            try
            {
                if (await statement.FlushAsync(cancellationToken))
                    CommitWithRows.Carried(context);
            }
            catch (Exception exception)
            {
                // EF Core tells no interceptor of a concurrency failure raised by one: the chain's turn ends here.
                KnownChainHead.Leave(context, exception);
                throw;
            }
            Accept(context);
        }
        else if (eventData.Context is { Database.CurrentTransaction: { } left } leftToEfCore && LeadingStatements.Take(leftToEfCore) is { } first)
        {
            // The history rows (and the audit chain's lock and head check) were to lead the batch: they go before EF Core's save.
            try
            {
                await LeadingStatements.RunAsync(left.GetDbTransaction(), first, cancellationToken);
            }
            catch (Exception exception)
            {
                KnownChainHead.Leave(leftToEfCore, exception);
                throw;
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Resume(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Resume(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Resume(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Resume(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The save's changed rows with their tables; none when any of them is left to EF Core.</summary>
    private static List<(EntityEntry Entry, TableShape Table)> Pending(DbContext context)
    {
        var tables = DirectTables.For(context);
        var pending = new List<(EntityEntry Entry, TableShape Table)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            if (tables.Find(entry.Metadata) is not { } table || !CanWrite(entry, table))
                return [];
            pending.Add((entry, table));
        }
        return pending;
    }

    private static RowStatement Write(
        List<(EntityEntry Entry, TableShape Table)> pending, DbTransaction transaction, bool commit = false,
        List<(string Sql, DbParameter[] Parameters)>? leading = null)
    {
        var statement = new RowStatement(transaction, commit, leading);
        try
        {
            // Deletions first (only of unreferenced rows), then inserts and updates, principals before dependents.
            foreach (var (entry, table) in pending.Where(row => row.Entry.State == EntityState.Deleted))
                statement.Delete(entry, table);
            foreach (var (entry, table) in pending.Where(row => row.Entry.State != EntityState.Deleted).OrderBy(row => row.Table.Order))
            {
                if (entry.State == EntityState.Added)
                    statement.Insert(entry, table);
                else
                    statement.Update(entry, table);
            }
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    private static bool CanWrite(EntityEntry entry, TableShape table) => entry.State switch
    {
        EntityState.Added => table.Keys.All(key => !entry.Property(key.Property).IsTemporary),
        EntityState.Deleted => !table.IsPrincipal,
        _ => true,
    };

    /// <summary>
    /// What EF Core does after a successful save, by EF Core's own path: every changed row was in the save (<see cref="Pending"/>
    /// takes all of them or none), so every one is now what the database holds. The change detection SaveChanges runs once
    /// the interceptors are done would compare every tracked row with the values just accepted, and nothing runs between
    /// (this writer is the last interceptor), so it is suspended until the save ends.
    /// </summary>
    private static void Accept(DbContext context)
    {
        var tracker = context.ChangeTracker;
        tracker.AcceptAllChanges();
        if (tracker.AutoDetectChangesEnabled)
        {
            tracker.AutoDetectChangesEnabled = false;
            Suspended.AddOrUpdate(context, Suspended);
        }
    }

    /// <summary>
    /// Change detection back on once the save this writer saved has ended, however it ended; statements handed to a
    /// batch that was never sent (a save that failed before its rows went) are dropped with it.
    /// </summary>
    private static void Resume(DbContext? context)
    {
        if (context is null)
            return;
        LeadingStatements.Forget(context);
        if (Suspended.Remove(context))
            context.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}
