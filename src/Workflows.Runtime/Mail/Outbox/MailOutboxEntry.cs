using Workflows.Persistence.Mail;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>One outbox mail as the operations console lists it: its state and the relay's last answer, not its body.</summary>
public sealed record MailOutboxEntry(
    Guid Id,
    string IdempotencyKey,
    string To,
    string Subject,
    MailStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError);
