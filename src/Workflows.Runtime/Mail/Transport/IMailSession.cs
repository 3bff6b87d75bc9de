using MimeKit;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>An open connection to a transport, used for one dispatcher batch.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
