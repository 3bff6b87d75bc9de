namespace Workflows.Runtime.Mail.Outbox;

/// <summary>Where producers put mails: rows of <c>mail_outbox</c> in the producer's own transaction.</summary>
public interface IMailOutbox
{
    /// <summary>
    /// Adds the mail to the scoped <c>WorkflowsDbContext</c> unless its idempotency key is already queued or
    /// sent; the producer's <c>SaveChanges</c> commits it. Returns false when the key was already known.
    /// </summary>
    Task<bool> EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
