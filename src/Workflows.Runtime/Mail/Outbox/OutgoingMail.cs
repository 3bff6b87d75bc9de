namespace Workflows.Runtime.Mail.Outbox;

/// <summary>A composed mail for one recipient, ready for the outbox.</summary>
/// <param name="IdempotencyKey">What the mail is about, e.g. <c>task-created:{taskId}:{user}</c>: enqueueing the same key twice sends once.</param>
/// <param name="To">An RFC 5322 mailbox, e.g. <c>张三 &lt;zhang@example.gov.cn&gt;</c>.</param>
public sealed record OutgoingMail(string IdempotencyKey, string To, string Subject, string HtmlBody, string TextBody);
