namespace Workflows.Runtime.Mail.Transport;

/// <summary>Where mails go: an SMTP relay, or a pickup directory on a machine without one.</summary>
public interface IMailTransport
{
    /// <summary>Opens one session for a batch; throws when the relay cannot be reached.</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}
