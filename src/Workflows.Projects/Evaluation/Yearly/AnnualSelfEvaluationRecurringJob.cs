using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Projects.Evaluation.Yearly;

/// <summary>Registers <see cref="AnnualSelfEvaluationJob"/> with Hangfire in the county's time zone when the process hosts Hangfire; the CLI skips it.</summary>
internal sealed class AnnualSelfEvaluationRecurringJob(IServiceProvider services, TimeZoneInfo countyZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetService<IRecurringJobManager>()?.AddOrUpdate<AnnualSelfEvaluationJob>(
            AnnualSelfEvaluationJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), AnnualSelfEvaluationJob.Schedule,
            new RecurringJobOptions { TimeZone = countyZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
