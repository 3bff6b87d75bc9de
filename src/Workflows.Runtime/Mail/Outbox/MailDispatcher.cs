using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Transport;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Sends the due outbox rows: claim a batch, then for each mail renew the batch's claims, count the attempt
/// if the mail is still ours, send it and record the outcome. A relay that cannot be reached costs no mail an
/// attempt: the claims are given back and the whole queue waits (<see cref="MailRelayBackOff"/>). A broken
/// connection costs only the mail in flight; the batch goes on over a new connection.
/// </summary>
public sealed class MailDispatcher(
    MailClaim claim,
    MailDeliveryRecorder recorder,
    IMailTransport transport,
    MailRelayBackOff relay,
    MimeMessageFactory messageFactory,
    IOptions<MailOptions> options,
    ILogger<MailDispatcher> logger)
{
    /// <summary>Sends one batch of due mails and returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (relay.IsWaiting)
            return 0;
        var owner = Guid.NewGuid().ToString("N");
        var claimed = await claim.ClaimDueAsync(owner, cancellationToken);
        return claimed.Count == 0 ? 0 : await SendClaimedAsync(owner, claimed, cancellationToken);
    }

    /// <summary>
    /// Sends mails <paramref name="owner"/> claimed, skipping any whose claim lapsed and was taken over meanwhile;
    /// returns how many were delivered.
    /// </summary>
    public async Task<int> SendClaimedAsync(string owner, IReadOnlyList<MailOutboxMessage> claimed, CancellationToken cancellationToken)
    {
        var delivered = 0;
        IMailSession? session = null;
        try
        {
            foreach (var message in claimed)
            {
                session ??= await OpenAsync(owner, cancellationToken);
                if (session is null)
                    break;
                await claim.RenewAsync(owner, cancellationToken);
                if (await claim.StartAttemptAsync(message, owner, cancellationToken) is not { } attempt)
                    continue;
                var failure = await SendAsync(session, message, cancellationToken);
                if (failure is null)
                {
                    await recorder.RecordSentAsync(message, owner, CancellationToken.None);
                    delivered++;
                    continue;
                }
                await RecordFailureAsync(message, attempt, owner, failure);
                // Only a reply leaves the conversation where the next mail can follow; after anything else, start afresh.
                if (!failure.IsReply || !session.IsConnected)
                {
                    await session.DisposeAsync();
                    session = null;
                }
            }
        }
        finally
        {
            if (session is not null)
                await session.DisposeAsync();
        }
        return delivered;
    }

    private async Task<IMailSession?> OpenAsync(string owner, CancellationToken cancellationToken)
    {
        IMailSession session;
        try
        {
            session = await transport.OpenAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = MailFailure.From(error).Description;
            var retryAt = relay.RecordUnreachable(reason, out var started);
            await claim.ReleaseAsync(owner, $"Relay unreachable, no attempt counted: {reason}", CancellationToken.None);
            if (started)
                logger.LogWarning(error, "Mail relay unreachable; every queued mail waits, without losing an attempt, until {RetryAt}", retryAt);
            return null;
        }
        if (relay.RecordReachable())
            logger.LogInformation("Mail relay reachable again; sending the queued mails");
        return session;
    }

    private async Task<MailFailure?> SendAsync(IMailSession session, MailOutboxMessage message, CancellationToken cancellationToken)
    {
        // A relay that trickles its answers must not hold the mail past its claim: one send gets Mail:SendTimeout of real time.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            await session.SendAsync(messageFactory.Create(message), timeout.Token);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return MailFailure.From(error);
        }
    }

    private async Task RecordFailureAsync(MailOutboxMessage message, int attempt, string owner, MailFailure failure)
    {
        var status = await recorder.RecordFailureAsync(message, attempt, owner, failure, CancellationToken.None);
        if (status == MailStatus.Failed)
            logger.LogError(
                "Mail {MailId} ({Key}) to {To} FAILED after {Attempts} attempt(s) and will not be sent unless an administrator resends it: {Reason}",
                message.Id, message.IdempotencyKey, message.To, attempt, failure.Description);
        else
            logger.LogWarning("Mail {MailId} ({Key}) failed on attempt {Attempt}, will be retried: {Reason}", message.Id, message.IdempotencyKey, attempt, failure.Description);
    }
}
