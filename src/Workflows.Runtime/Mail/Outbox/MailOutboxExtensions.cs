using Workflows.Runtime.Mail.Templates;

namespace Workflows.Runtime.Mail.Outbox;

public static class MailOutboxExtensions
{
    /// <summary>Queues a composed mail for one recipient under the given idempotency key.</summary>
    public static Task<bool> EnqueueAsync(this IMailOutbox outbox, string idempotencyKey, MailRecipient recipient, ComposedMail mail, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutgoingMail(idempotencyKey, recipient.Mailbox, mail.Subject, mail.HtmlBody, mail.TextBody), cancellationToken);
}
