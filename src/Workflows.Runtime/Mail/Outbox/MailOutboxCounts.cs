namespace Workflows.Runtime.Mail.Outbox;

/// <summary>How many outbox mails wait, were delivered, and failed for good.</summary>
public sealed record MailOutboxCounts(int Pending, int Sent, int Failed);
