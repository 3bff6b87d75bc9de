namespace Workflows.Persistence.Mail;

/// <summary>
/// One mail to send, written by its producer in the producer's own transaction and delivered later by
/// the dispatcher. The idempotency key makes a repeated enqueue a no-op; the lock columns let exactly
/// one dispatcher own the row while it sends.
/// </summary>
public sealed class MailOutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>What the mail is about, e.g. <c>task-created:{taskId}:{user}</c>; unique.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>The recipient as an RFC 5322 mailbox, e.g. <c>张三 &lt;zhang@example.gov.cn&gt;</c>.</summary>
    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public MailStatus Status { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LockOwner { get; set; }

    public DateTimeOffset? LockExpiresAt { get; set; }
}
