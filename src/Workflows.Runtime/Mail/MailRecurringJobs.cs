using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Workflows.Runtime.Mail.Digest;
using Workflows.Runtime.Mail.Outbox;

namespace Workflows.Runtime.Mail;

/// <summary>
/// Registers the mail dispatcher (every 15 seconds) and the daily digest (at <c>Mail:DigestTime</c>, local
/// time) with Hangfire when the process hosts it; the CLI, which does not, skips this.
/// </summary>
internal sealed class MailRecurringJobs(IServiceProvider services, IOptions<MailOptions> options, MailTimeZone timeZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IRecurringJobManager>() is not { } jobs)
            return Task.CompletedTask;

        jobs.AddOrUpdate<MailDispatchJob>(
            MailDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), MailDispatchJob.EveryFifteenSeconds);
        var digestTime = options.Value.DigestTime;
        jobs.AddOrUpdate<DailyDigestJob>(
            DailyDigestJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            Cron.Daily(digestTime.Hour, digestTime.Minute),
            new RecurringJobOptions { TimeZone = timeZone.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
