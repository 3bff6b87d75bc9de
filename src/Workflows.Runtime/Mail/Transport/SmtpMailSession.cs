using MailKit.Net.Smtp;
using MimeKit;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>One authenticated SMTP connection, closed politely at the end of the batch.</summary>
internal sealed class SmtpMailSession(SmtpClient client) : IMailSession
{
    public bool IsConnected => client.IsConnected;

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        client.SendAsync(message, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
                await client.DisconnectAsync(quit: true);
        }
        finally
        {
            client.Dispose();
        }
    }
}
