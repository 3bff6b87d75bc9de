using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Projects.Supervision.Deadlines;

/// <summary>Registers <see cref="DelayedAcceptanceJob"/> with Hangfire in the county's time zone when the process hosts Hangfire; the CLI skips it.</summary>
internal sealed class DelayedAcceptanceRecurringJob(IServiceProvider services, TimeZoneInfo countyZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<DelayedAcceptanceJob>(
            DelayedAcceptanceJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), DelayedAcceptanceJob.Schedule,
            new RecurringJobOptions { TimeZone = countyZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
