using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Persistence.Mail;
using Workflows.Runtime.Mail.Transport;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// Sends the due outbox rows: finds a batch due, opens the relay's session, claims the batch and counts the first
/// mail's attempt in one transaction, then for each mail sends it and, in one transaction, records its outcome and counts
/// the next mail's attempt (renewing the batch's claims when a third of the lock period has passed since the last renewal):
/// a batch of N mails is N + 1 write transactions, each attempt committed before its send, each outcome recorded once.
/// A relay that cannot be reached costs no mail an attempt: nothing is claimed (or the claims are given back) and the
/// whole queue waits (<see cref="MailRelayBackOff"/>). A broken connection costs only the mail in flight; the batch goes
/// on over a new connection, the next attempt counted only once that connection is open.
/// </summary>
public sealed class MailDispatcher(
    MailClaim claim,
    MailDeliveryRecorder recorder,
    IMailTransport transport,
    MailRelayBackOff relay,
    MimeMessageFactory messageFactory,
    TimeProvider time,
    IOptions<MailOptions> options,
    ILogger<MailDispatcher> logger)
{
    /// <summary>Sends one batch of due mails and returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (relay.IsWaiting)
            return 0;
        var due = await claim.FindDueAsync(cancellationToken);
        if (due.Count == 0)
            return 0;
        var (session, unreachable) = await OpenAsync(cancellationToken);
        if (session is null)
        {
            await claim.NoteUntriedAsync(due, unreachable!, CancellationToken.None);
            return 0;
        }
        var owner = Guid.NewGuid().ToString("N");
        MailClaim.Batch batch;
        try
        {
            batch = await claim.ClaimAsync(owner, due, countFirstAttempt: true, cancellationToken);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        return await SendAsync(owner, batch.Mails, batch.FirstAttempt, session, cancellationToken);
    }

    /// <summary>
    /// Sends mails <paramref name="owner"/> claimed (no attempt counted yet), skipping any whose claim lapsed and was
    /// taken over meanwhile; returns how many were delivered.
    /// </summary>
    public Task<int> SendClaimedAsync(string owner, IReadOnlyList<MailOutboxMessage> claimed, CancellationToken cancellationToken) =>
        SendAsync(owner, claimed, firstAttempt: null, session: null, cancellationToken);

    /// <param name="firstAttempt">The attempt already counted for the first mail, if any.</param>
    /// <param name="session">The open session to send over, if any; disposed here.</param>
    private async Task<int> SendAsync(
        string owner, IReadOnlyList<MailOutboxMessage> claimed, int? firstAttempt, IMailSession? session, CancellationToken cancellationToken)
    {
        var delivered = 0;
        // Claims counted with the first attempt were just taken; claims of unknown age are renewed at the first write.
        var renewedAt = firstAttempt is not null ? time.GetUtcNow() : DateTimeOffset.MinValue;
        // The attempt counted for claimed[next] in the previous transaction: its number, or null when that transaction found it taken over.
        var counted = firstAttempt is not null;
        var attempt = firstAttempt;
        try
        {
            for (var i = 0; i < claimed.Count; i++)
            {
                var message = claimed[i];
                if (!counted)
                {
                    if (session is null)
                    {
                        string? unreachable;
                        (session, unreachable) = await OpenAsync(cancellationToken);
                        if (session is null)
                        {
                            await claim.ReleaseAsync(owner, unreachable!, CancellationToken.None);
                            break;
                        }
                    }
                    (attempt, _) = await WriteAsync(owner, outcome: null, next: message, Renew(ref renewedAt), cancellationToken);
                }
                counted = false;
                if (attempt is not { } number)
                    continue;
                var failure = await SendAsync(session!, message, cancellationToken);
                // Only a reply leaves the conversation where the next mail can follow; after anything else, start afresh.
                if (failure is not null && (!failure.IsReply || !session!.IsConnected))
                {
                    await session!.DisposeAsync();
                    session = null;
                }
                // The next mail's attempt rides with this outcome while the session is open and the dispatcher not stopping.
                var next = session is not null && i + 1 < claimed.Count && !cancellationToken.IsCancellationRequested ? claimed[i + 1] : null;
                (attempt, var status) = await WriteAsync(owner, (message, number, failure), next, next is not null && Renew(ref renewedAt), CancellationToken.None);
                counted = next is not null;
                if (failure is null)
                    delivered++;
                else
                    LogFailure(message, number, failure, status);
            }
        }
        finally
        {
            if (session is not null)
                await session.DisposeAsync();
        }
        return delivered;
    }

    /// <summary>Whether the batch's claims are renewed now: a third of the lock period has passed since the last renewal.</summary>
    private bool Renew(ref DateTimeOffset renewedAt)
    {
        var now = time.GetUtcNow();
        if (now - renewedAt < options.Value.LockDuration / 3)
            return false;
        renewedAt = now;
        return true;
    }

    /// <summary>
    /// One transaction: the outcome of the mail just sent, a renewal of the batch's claims, and the attempt of the next
    /// mail; returns that attempt's number (null without one, or when the next mail was taken over) and the status written.
    /// </summary>
    private async Task<(int? NextAttempt, MailStatus Status)> WriteAsync(
        string owner, (MailOutboxMessage Message, int Attempt, MailFailure? Failure)? outcome, MailOutboxMessage? next,
        bool renew, CancellationToken cancellationToken)
    {
        await using var turn = await claim.BeginWriteAsync(cancellationToken);
        var status = MailStatus.Pending;
        if (outcome is { Failure: null } sent)
        {
            await recorder.RecordSentAsync(sent.Message, owner, cancellationToken);
            status = MailStatus.Sent;
        }
        else if (outcome is { Failure: { } failure } failed)
            status = await recorder.RecordFailureAsync(failed.Message, failed.Attempt, owner, failure, cancellationToken);
        if (renew)
            await claim.RenewInTransactionAsync(owner, cancellationToken);
        var attempt = next is null ? null : await claim.CountAttemptAsync(next, owner, cancellationToken);
        await turn.CommitAsync(cancellationToken);
        return (attempt, status);
    }

    private async Task<(IMailSession? Session, string? Unreachable)> OpenAsync(CancellationToken cancellationToken)
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
            if (started)
                logger.LogWarning(error, "Mail relay unreachable; every queued mail waits, without losing an attempt, until {RetryAt}", retryAt);
            return (null, $"Relay unreachable, no attempt counted: {reason}");
        }
        if (relay.RecordReachable())
            logger.LogInformation("Mail relay reachable again; sending the queued mails");
        return (session, null);
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

    private void LogFailure(MailOutboxMessage message, int attempt, MailFailure failure, MailStatus status)
    {
        if (status == MailStatus.Failed)
            logger.LogError(
                "Mail {MailId} ({Key}) to {To} FAILED after {Attempts} attempt(s) and will not be sent unless an administrator resends it: {Reason}",
                message.Id, message.IdempotencyKey, message.To, attempt, failure.Description);
        else
            logger.LogWarning("Mail {MailId} ({Key}) failed on attempt {Attempt}, will be retried: {Reason}", message.Id, message.IdempotencyKey, attempt, failure.Description);
    }
}
