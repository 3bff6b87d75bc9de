using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Takes ownership of due rows with one conditional UPDATE: a row is claimed only while nobody else holds
/// an unexpired lock on it, so two dispatchers (threads or nodes) never send the same mail. The lock is short
/// and renewed before each send; each send first checks that the row is still this dispatcher's and counts
/// the attempt in the same statement, so a mail that crashes the process still runs out of attempts while
/// mails that were only claimed, never tried, lose nothing.
/// On SQLite every write takes its turn at the <see cref="WriteGate"/> like a command: waiting for the file's write lock
/// in SQLite's busy handler, which sleeps up to 100 ms between tries, held the commands behind it past their turn.
/// </summary>
public sealed class MailClaim(WorkflowsDbContext db, TimeProvider time, IOptions<MailOptions> options, WriteGate? gate = null)
{
    public async Task<IReadOnlyList<MailOutboxMessage>> ClaimDueAsync(string owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lockExpiresAt = now + options.Value.LockDuration;
        var messages = db.Set<MailOutboxMessage>();
        var candidates = await messages
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptAt <= now && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
            return [];

        // The WHERE clause is evaluated again on the latest row version, so a row another dispatcher claimed meanwhile is skipped.
        using (await gate.EnterIfAnyAsync(cancellationToken))
            await messages
            .Where(m => candidates.Contains(m.Id) && m.Status == MailStatus.Pending && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LockOwner, owner)
                .SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);

        return await messages.AsNoTracking()
            .Where(m => m.LockOwner == owner && m.Status == MailStatus.Pending)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Extends every claim <paramref name="owner"/> still holds by one lock period from now.</summary>
    public async Task RenewAsync(string owner, CancellationToken cancellationToken)
    {
        var lockExpiresAt = time.GetUtcNow() + options.Value.LockDuration;
        using (await gate.EnterIfAnyAsync(cancellationToken))
            await Owned(owner).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);
    }

    /// <summary>
    /// Counts an attempt on the mail if <paramref name="owner"/> still holds it, and returns the attempt's number;
    /// null when another dispatcher took it over after this claim lapsed, and must not send it again.
    /// </summary>
    public async Task<int?> StartAttemptAsync(MailOutboxMessage message, string owner, CancellationToken cancellationToken)
    {
        var lockExpiresAt = time.GetUtcNow() + options.Value.LockDuration;
        using var turn = await gate.EnterIfAnyAsync(cancellationToken);
        var updated = await Owned(owner).Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LockExpiresAt, lockExpiresAt), cancellationToken);
        return updated == 1 ? message.Attempts + 1 : null;
    }

    /// <summary>Gives back every mail <paramref name="owner"/> still holds, untried and uncharged, noting why.</summary>
    public async Task ReleaseAsync(string owner, string reason, CancellationToken cancellationToken)
    {
        using (await gate.EnterIfAnyAsync(cancellationToken))
            await Owned(owner).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LastError, reason)
                .SetProperty(m => m.LockOwner, (string?)null)
                .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    private IQueryable<MailOutboxMessage> Owned(string owner) =>
        db.Set<MailOutboxMessage>().Where(m => m.LockOwner == owner && m.Status == MailStatus.Pending);
}
