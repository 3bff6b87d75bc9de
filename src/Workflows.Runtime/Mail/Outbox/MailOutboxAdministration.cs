using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>What operators see of the outbox and the one thing they do to it: send a failed mail again.</summary>
public sealed class MailOutboxAdministration(WorkflowsDbContext db, TimeProvider time, IMailDispatchTrigger trigger)
{
    public const int ListLimit = 200;

    public async Task<MailOutboxCounts> CountAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Set<MailOutboxMessage>()
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return new MailOutboxCounts(counts.GetValueOrDefault(MailStatus.Pending), counts.GetValueOrDefault(MailStatus.Sent), counts.GetValueOrDefault(MailStatus.Failed));
    }

    /// <summary>The newest <see cref="ListLimit"/> mails, of one status or all.</summary>
    public Task<List<MailOutboxEntry>> ListAsync(MailStatus? status, CancellationToken cancellationToken) =>
        db.Set<MailOutboxMessage>().AsNoTracking()
            .Where(m => status == null || m.Status == status)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(ListLimit)
            .Select(m => new MailOutboxEntry(m.Id, m.IdempotencyKey, m.To, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Queues a failed mail again with a fresh set of attempts and asks for a dispatch; a mail that is
    /// waiting or was delivered is refused, so a resend never doubles a mail.
    /// </summary>
    public async Task ResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var requeued = await db.Set<MailOutboxMessage>()
            .Where(m => m.Id == id && m.Status == MailStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MailStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LockOwner, (string?)null)
                .SetProperty(m => m.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
        if (requeued == 0)
        {
            var status = await db.Set<MailOutboxMessage>().Where(m => m.Id == id).Select(m => (MailStatus?)m.Status).SingleOrDefaultAsync(cancellationToken)
                ?? throw NotFoundException.For("Mail", id);
            throw new ConflictException($"Only a failed mail can be resent; mail '{id}' is {status}.");
        }
        trigger.RequestDispatch();
    }
}
