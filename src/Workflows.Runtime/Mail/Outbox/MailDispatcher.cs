using Microsoft.Extensions.Logging;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Transport;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Sends the due outbox rows: claim, open one transport session, send each, record each outcome.
/// A relay that is down costs an attempt and a back-off per row; nothing is lost.
/// </summary>
public sealed class MailDispatcher(
    MailClaim claim,
    MailDeliveryRecorder recorder,
    IMailTransport transport,
    MimeMessageFactory messageFactory,
    ILogger<MailDispatcher> logger)
{
    /// <summary>Sends one batch of due mails and returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        var claimed = await claim.ClaimDueAsync(owner, cancellationToken);
        if (claimed.Count == 0)
            return 0;

        IMailSession session;
        try
        {
            session = await transport.OpenAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Mail transport unavailable; {Count} mails will be retried", claimed.Count);
            foreach (var message in claimed)
                await recorder.RecordFailureAsync(message, owner, error, CancellationToken.None);
            return 0;
        }

        await using (session)
            return await SendAllAsync(session, claimed, owner, cancellationToken);
    }

    private async Task<int> SendAllAsync(IMailSession session, IReadOnlyList<MailOutboxMessage> claimed, string owner, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var message in claimed)
        {
            try
            {
                await session.SendAsync(messageFactory.Create(message), cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Mail {MailId} ({Key}) failed on attempt {Attempt}", message.Id, message.IdempotencyKey, message.Attempts);
                await recorder.RecordFailureAsync(message, owner, error, CancellationToken.None);
                continue;
            }
            await recorder.RecordSentAsync(message, owner, CancellationToken.None);
            delivered++;
        }
        return delivered;
    }
}
