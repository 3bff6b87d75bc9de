using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Projects.Security.Reassessment;

/// <summary>Registers <see cref="SecurityReassessmentJob"/> with Hangfire in the county's time zone when the process hosts Hangfire; the CLI skips it.</summary>
internal sealed class SecurityReassessmentRecurringJob(IServiceProvider services, TimeZoneInfo countyZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<SecurityReassessmentJob>(
            SecurityReassessmentJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), SecurityReassessmentJob.Schedule,
            new RecurringJobOptions { TimeZone = countyZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
