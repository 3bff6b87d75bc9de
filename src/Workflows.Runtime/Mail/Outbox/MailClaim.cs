using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Mail;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Takes ownership of due rows with one conditional UPDATE: a row is claimed only while nobody else holds
/// an unexpired lock on it, so two dispatchers (threads or nodes) never send the same mail. The attempt is
/// counted at claim time so a mail that crashes the process still runs out of attempts.
/// </summary>
public sealed class MailClaim(WorkflowsDbContext db, TimeProvider time, IOptions<MailOptions> options)
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
        await messages
            .Where(m => candidates.Contains(m.Id) && m.Status == MailStatus.Pending && (m.LockExpiresAt == null || m.LockExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.LockOwner, owner)
                .SetProperty(m => m.LockExpiresAt, lockExpiresAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);

        return await messages.AsNoTracking()
            .Where(m => m.LockOwner == owner && m.Status == MailStatus.Pending)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }
}
