using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Mail;

namespace Workflows.Runtime.Mail.Outbox;

internal sealed class MailOutbox(WorkflowsDbContext db, TimeProvider time) : IMailOutbox
{
    public async Task<bool> EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var messages = db.Set<MailOutboxMessage>();
        // The unique index is the last line of defence; checking first keeps a duplicate from failing the producer's transaction.
        // Staged mails are Added from their Add call on, so looking them up needs no scan of every tracked row.
        if (db.ChangeTracker.EntriesWithoutDetecting<MailOutboxMessage>().Any(m => m.State == EntityState.Added && m.Entity.IdempotencyKey == mail.IdempotencyKey)
            || await messages.AnyAsync(m => m.IdempotencyKey == mail.IdempotencyKey, cancellationToken))
            return false;

        var now = time.GetUtcNow();
        messages.Add(new MailOutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = mail.IdempotencyKey,
            To = mail.To,
            Subject = mail.Subject,
            HtmlBody = mail.HtmlBody,
            TextBody = mail.TextBody,
            CreatedAt = now,
            NextAttemptAt = now,
            Status = MailStatus.Pending,
        });
        return true;
    }
}
