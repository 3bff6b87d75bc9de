using Microsoft.Extensions.Options;
using MimeKit;
using Workflows.Persistence.Mail;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>Turns an outbox row into a multipart/alternative (text + HTML) message.</summary>
public sealed class MimeMessageFactory(IOptions<MailOptions> options)
{
    public const string IdempotencyKeyHeader = "X-Workflows-Idempotency-Key";

    public MimeMessage Create(MailOutboxMessage row)
    {
        var from = MailboxAddress.Parse(options.Value.From);
        var message = new MimeMessage
        {
            // Stable across retries: should a crash fall between sending and recording, the receiver sees the same id again.
            // The domain is the configured sender's, which the options validator requires to be a real one when a relay is used.
            MessageId = $"{row.Id:N}@{from.Domain}",
            Subject = row.Subject,
            Date = row.CreatedAt,
            Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.To));
        message.Headers.Add(IdempotencyKeyHeader, row.IdempotencyKey);
        return message;
    }
}
