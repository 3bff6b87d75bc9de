using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Mail.Outbox;

/// <summary>Exponential back-off between attempts, then give up after <c>Mail:MaxAttempts</c>.</summary>
public sealed class MailRetryPolicy(IOptions<MailOptions> options)
{
    public bool ShouldGiveUp(int attempts) => attempts >= options.Value.MaxAttempts;

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt: first delay, doubled each time, capped.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var settings = options.Value;
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = settings.FirstRetryDelay * Math.Pow(2, doublings);
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }
}
