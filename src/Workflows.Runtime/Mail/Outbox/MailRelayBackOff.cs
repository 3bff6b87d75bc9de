using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>
/// This process's view of the relay: while it cannot be reached the whole queue waits, from
/// <c>Mail:FirstRetryDelay</c> doubling up to <c>Mail:MaxRelayRetryDelay</c>, and no mail is charged an attempt.
/// </summary>
public sealed class MailRelayBackOff(TimeProvider time, IOptions<MailOptions> options)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset retryAt;
    private string? lastError;

    /// <summary>The relay's last connection failure, or null while it is reachable.</summary>
    public string? Outage
    {
        get
        {
            lock (gate)
                return lastError;
        }
    }

    /// <summary>When the relay is tried again, or null while it is reachable.</summary>
    public DateTimeOffset? RetryAt
    {
        get
        {
            lock (gate)
                return failures > 0 ? retryAt : null;
        }
    }

    /// <summary>True while the back-off after a failed connection has not passed.</summary>
    public bool IsWaiting
    {
        get
        {
            lock (gate)
                return failures > 0 && time.GetUtcNow() < retryAt;
        }
    }

    /// <summary>Records a failed connection and returns when to try again; true in <paramref name="started"/> on the first of an outage.</summary>
    public DateTimeOffset RecordUnreachable(string error, out bool started)
    {
        var settings = options.Value;
        lock (gate)
        {
            started = failures == 0;
            failures++;
            var delay = settings.FirstRetryDelay * Math.Pow(2, Math.Min(failures - 1, 30));
            retryAt = time.GetUtcNow() + (delay < settings.MaxRelayRetryDelay ? delay : settings.MaxRelayRetryDelay);
            lastError = error;
            return retryAt;
        }
    }

    /// <summary>Records a successful connection; true when it ends an outage.</summary>
    public bool RecordReachable()
    {
        lock (gate)
        {
            var ended = failures > 0;
            failures = 0;
            lastError = null;
            return ended;
        }
    }
}
