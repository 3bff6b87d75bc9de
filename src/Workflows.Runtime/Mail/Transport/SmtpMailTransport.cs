using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>Sends through the SMTP relay named by <c>Mail:Host</c> with MailKit.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var host = settings.Host ?? throw new InvalidOperationException("Mail:Host is not set; the pickup directory transport should be in use.");
        var client = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, settings.Port, settings.Tls, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            return new SmtpMailSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
