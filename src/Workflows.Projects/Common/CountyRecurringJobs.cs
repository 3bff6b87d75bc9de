using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflows.Projects.Evaluation.Yearly;
using Workflows.Projects.Security.Monitoring;
using Workflows.Projects.Security.Reassessment;
using Workflows.Projects.Supervision.Deadlines;

namespace Workflows.Projects.Common;

/// <summary>
/// Registers the measures' daily checks with Hangfire in the county's time zone when the process hosts Hangfire; the CLI skips
/// them. Each job's id and schedule live on the job.
/// </summary>
internal sealed class CountyRecurringJobs(IServiceProvider services, TimeZoneInfo countyZone) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IRecurringJobManager>() is not { } jobs)
            return Task.CompletedTask;
        var options = new RecurringJobOptions { TimeZone = countyZone };
        jobs.AddOrUpdate<DelayedAcceptanceJob>(
            DelayedAcceptanceJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), DelayedAcceptanceJob.Schedule, options);
        jobs.AddOrUpdate<AnnualSelfEvaluationJob>(
            AnnualSelfEvaluationJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), AnnualSelfEvaluationJob.Schedule, options);
        jobs.AddOrUpdate<SecurityReassessmentJob>(
            SecurityReassessmentJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), SecurityReassessmentJob.Schedule, options);
        jobs.AddOrUpdate<MonitoringReminderJob>(
            MonitoringReminderJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), MonitoringReminderJob.Schedule, options);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
