using MimeKit;

namespace Workflows.Runtime.Mail.Transport;

/// <summary>An open connection to a transport, used for one dispatcher batch.</summary>
public interface IMailSession : IAsyncDisposable
{
    /// <summary>False once the connection broke; the dispatcher then opens a new session for the rest of the batch.</summary>
    bool IsConnected { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
