using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Runtime.Common;

/// <summary>
/// Collects what a save adds and hands it on only once it is committed: after SaveChanges without a
/// transaction, or after the surrounding transaction commits. A failed save or a rollback drops it, so
/// nothing outside the database (a mail dispatch) acts on rows that never existed. What a save collects counts only
/// once the save succeeds: a save that fails inside a transaction (in EF Core's pipeline, or in a save interceptor
/// such as the plain-row writer, after which EF Core reports no failure) leaves nothing behind even if the
/// transaction goes on to commit what earlier saves wrote.
/// </summary>
public abstract class AfterCommitInterceptor<T> : SaveChangesInterceptor, IDbTransactionInterceptor, IGroupCommitListener
{
    private readonly ConditionalWeakTable<DbContext, List<T>> _uncommitted = new();
    // What the save under way collected, kept apart until it succeeds.
    private readonly ConditionalWeakTable<DbContext, List<T>> _saving = new();

    /// <summary>What this save adds that must be acted on after commit.</summary>
    protected abstract IEnumerable<T> Collect(DbContext context);

    /// <summary>Acts on what a committed transaction (or save) added; never called with an empty list.</summary>
    protected abstract void OnCommitted(IReadOnlyList<T> committed);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not { } context)
            return result;
        if (_saving.TryGetValue(context, out var saved))
        {
            _saving.Remove(context);
            _uncommitted.GetOrCreateValue(context).AddRange(saved);
        }
        if (context.Database.CurrentTransaction is null)
            Flush(context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not { } context)
            return;
        _saving.Remove(context);
        if (context.Database.CurrentTransaction is null)
            Discard(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // A transaction disposed without a commit (a failed command, run again on the same context) raises no event of its
    // own: what its saves collected is dropped when the context's next transaction starts or is joined.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        DropUncommitted(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        DropUncommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result)
    {
        DropUncommitted(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionUsedAsync(
        DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        DropUncommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    void IGroupCommitListener.Committed(DbContext context) => Flush(context);

    void IGroupCommitListener.RolledBack(DbContext context) => Discard(context);

    private void Remember(DbContext? context)
    {
        if (context is null)
            return;
        // Replaces what an earlier save that never reached SavedChanges collected.
        var added = Collect(context).ToList();
        if (added.Count > 0)
            _saving.AddOrUpdate(context, added);
        else
            _saving.Remove(context);
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var committed))
            return;
        _uncommitted.Remove(context);
        OnCommitted(committed);
    }

    // Not the save under way: a save interceptor that runs before this one may start the transaction (the audit chain's own).
    private void DropUncommitted(DbContext? context)
    {
        if (context is not null)
            _uncommitted.Remove(context);
    }

    private void Discard(DbContext? context)
    {
        if (context is null)
            return;
        _saving.Remove(context);
        _uncommitted.Remove(context);
    }
}
