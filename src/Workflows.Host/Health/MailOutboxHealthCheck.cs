using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Host.Health;

/// <summary>Degraded while a mail has failed for good (until an administrator resends it) or the relay cannot be reached.</summary>
public sealed class MailOutboxHealthCheck(MailOutboxAdministration outbox, MailRelayBackOff relay) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await outbox.CountAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["pending"] = counts.Pending, ["failed"] = counts.Failed };
        if (relay.RetryAt is { } retryAt)
        {
            data["relayRetryAt"] = retryAt;
        }

        if (counts.Failed > 0)
        {
            return HealthCheckResult.Degraded($"{counts.Failed} mail(s) failed for good; see GET /api/mail/outbox?status=failed and resend them.", data: data);
        }

        return relay.Outage is { } outage
            ? HealthCheckResult.Degraded($"The mail relay cannot be reached; {counts.Pending} mail(s) wait without losing attempts: {outage}", data: data)
            : HealthCheckResult.Healthy("Mails are being delivered.", data);
    }
}
