using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Runtime.Common;

/// <summary>
/// Collects what a save adds and hands it on only once it is committed: after SaveChanges without a
/// transaction, or after the surrounding transaction commits. A failed save or a rollback drops it, so
/// nothing outside the database (a mail dispatch) acts on rows that never existed.
/// </summary>
public abstract class AfterCommitInterceptor<T> : SaveChangesInterceptor, IDbTransactionInterceptor, IGroupCommitListener
{
    private readonly ConditionalWeakTable<DbContext, List<T>> _uncommitted = new();

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
        if (eventData.Context?.Database.CurrentTransaction is null)
            Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            Discard(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
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
        var added = Collect(context).ToList();
        if (added.Count > 0)
            _uncommitted.GetOrCreateValue(context).AddRange(added);
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var committed))
            return;
        _uncommitted.Remove(context);
        OnCommitted(committed);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
            _uncommitted.Remove(context);
    }
}
