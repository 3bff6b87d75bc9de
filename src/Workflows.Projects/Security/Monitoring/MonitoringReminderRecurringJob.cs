using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Projects.Security.Monitoring;

/// <summary>Registers <see cref="MonitoringReminderJob"/> with Hangfire in the county's time zone when the process hosts Hangfire; the CLI skips it.</summary>
internal sealed class MonitoringReminderRecurringJob(IServiceProvider services, TimeZoneInfo countyZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<MonitoringReminderJob>(
            MonitoringReminderJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), MonitoringReminderJob.Schedule,
            new RecurringJobOptions { TimeZone = countyZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
