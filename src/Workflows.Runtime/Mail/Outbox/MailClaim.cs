using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Takes ownership of due rows with one conditional UPDATE: a row is claimed only while nobody else holds
/// an unexpired lock on it, so two dispatchers (threads or nodes) never send the same mail. The lock is short
/// and renewed while the batch is sent; each send first checks that the row is still this dispatcher's and counts
/// the attempt in the same statement, committed before the send, so a mail that crashes the process still runs out of
/// attempts while mails that were only claimed, never tried, lose nothing.
/// Every write is a transaction of its own (<see cref="BeginWriteAsync"/>): on SQLite a turn at the <see cref="WriteGate"/>
/// like a command's, which joins the commands' commit group (one sync of the log for all of them) instead of committing
/// the group and then itself; waiting for the file's write lock in SQLite's busy handler instead, which sleeps up to
/// 100 ms between tries, held the commands behind it past their turn.
/// </summary>
public sealed class MailClaim(WorkflowsDbContext db, TimeProvider time, IOptions<MailOptions> options, WriteGate? gate = null)
{
    /// <summary>A claimed batch, oldest first, and the attempt counted for its first mail when the claim counted one.</summary>
    public sealed record Batch(IReadOnlyList<MailOutboxMessage> Mails, int? FirstAttempt);

    /// <summary>The ids of one batch of due rows nobody holds, oldest first; a read, no claim.</summary>
    public async Task<IReadOnlyList<Guid>> FindDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Set<MailOutboxMessage>()
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptAt <= now && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims one batch of due rows for <paramref name="owner"/>, counting no attempt.</summary>
    public async Task<IReadOnlyList<MailOutboxMessage>> ClaimDueAsync(string owner, CancellationToken cancellationToken)
    {
        var due = await FindDueAsync(cancellationToken);
        return due.Count == 0 ? [] : (await ClaimAsync(owner, due, countFirstAttempt: false, cancellationToken)).Mails;
    }

    /// <summary>
    /// Claims those of <paramref name="due"/> nobody holds meanwhile and reads them back, in one transaction; with
    /// <paramref name="countFirstAttempt"/> it also counts the attempt of the first, which the caller is about to send.
    /// </summary>
    public async Task<Batch> ClaimAsync(string owner, IReadOnlyList<Guid> due, bool countFirstAttempt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lockExpiresAt = now + options.Value.LockDuration;
        var messages = db.Set<MailOutboxMessage>();
        await using var turn = await BeginWriteAsync(cancellationToken);
        // The WHERE clause is evaluated again on the latest row version, so a row another dispatcher claimed meanwhile is skipped.
        await messages
            .Where(m => due.Contains(m.Id) && m.Status == MailStatus.Pending && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LockOwner, owner)
                .SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);
        var claimed = await Owned(owner).AsNoTracking().OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken);
        var firstAttempt = countFirstAttempt && claimed.Count > 0
            ? await CountAttemptAsync(claimed[0], owner, cancellationToken)
            : null;
        await turn.CommitAsync(cancellationToken);
        return new Batch(claimed, firstAttempt);
    }

    /// <summary>Gives back every mail <paramref name="owner"/> still holds, untried and uncharged, noting why.</summary>
    public async Task ReleaseAsync(string owner, string reason, CancellationToken cancellationToken)
    {
        await using var turn = await BeginWriteAsync(cancellationToken);
        await Owned(owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastError, reason)
            .SetProperty(m => m.LockOwner, (string?)null)
            .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
        await turn.CommitAsync(cancellationToken);
    }

    /// <summary>Notes on the due rows of <paramref name="due"/> nobody holds why they were not tried, claiming and charging none.</summary>
    public async Task NoteUntriedAsync(IReadOnlyList<Guid> due, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var turn = await BeginWriteAsync(cancellationToken);
        await db.Set<MailOutboxMessage>()
            .Where(m => due.Contains(m.Id) && m.Status == MailStatus.Pending && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, reason), cancellationToken);
        await turn.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A transaction for the dispatcher's writes: on SQLite a turn at the write gate in the commands' commit group,
    /// elsewhere a transaction of its own. It returns from <see cref="IWriteTurn.CommitAsync"/> once the rows are committed.
    /// </summary>
    public async ValueTask<IWriteTurn> BeginWriteAsync(CancellationToken cancellationToken) =>
        gate is not null
            ? await gate.BeginAsync(db, cancellationToken)
            : new TransactionOnly(db, await db.Database.BeginTransactionAsync(cancellationToken));

    /// <summary>Extends every claim <paramref name="owner"/> still holds by one lock period from now, in the caller's transaction.</summary>
    internal async Task RenewInTransactionAsync(string owner, CancellationToken cancellationToken)
    {
        var lockExpiresAt = time.GetUtcNow() + options.Value.LockDuration;
        await Owned(owner).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);
    }

    /// <summary>
    /// Counts an attempt on the mail if <paramref name="owner"/> still holds it, in the caller's transaction, and returns the
    /// attempt's number; null when another dispatcher took it over after this claim lapsed, and must not send it again.
    /// </summary>
    internal async Task<int?> CountAttemptAsync(MailOutboxMessage message, string owner, CancellationToken cancellationToken)
    {
        var lockExpiresAt = time.GetUtcNow() + options.Value.LockDuration;
        var updated = await Owned(owner).Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);
        return updated == 1 ? message.Attempts + 1 : null;
    }

    private IQueryable<MailOutboxMessage> Owned(string owner) =>
        db.Set<MailOutboxMessage>().Where(m => m.LockOwner == owner && m.Status == MailStatus.Pending);

    private sealed class TransactionOnly(WorkflowsDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IWriteTurn
    {
        public async ValueTask SaveAndCommitAsync(CancellationToken cancellationToken) =>
            await Persistence.Rows.CommitWithRows.SaveChangesAndCommitAsync(db, transaction, cancellationToken);

        public async ValueTask CommitAsync(CancellationToken cancellationToken) => await transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
