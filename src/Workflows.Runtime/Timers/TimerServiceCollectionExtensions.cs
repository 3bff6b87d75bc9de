using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Workflows.Runtime.Timers;

public static class TimerServiceCollectionExtensions
{
    /// <summary>
    /// Durable timers: the job runner, the poll that Hangfire runs and the Hangfire client on the configured storage.
    /// A timer is only its job row; no worker runs here: a host that fires timers also calls <see cref="AddWorkflowsTimerServer"/>.
    /// </summary>
    public static IServiceCollection AddWorkflowsTimers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JobFailureRecorder>();
        services.TryAddTransient<TimerJobRunner>();
        services.TryAddTransient<TimerPoll>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(JobStorage)))
        {
            services.AddHangfire(hangfire => hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseWorkflowsStorage(configuration));
        }
        return services;
    }

    /// <summary>A Hangfire worker pool that polls for due Hangfire jobs every <c>Timers:PollInterval</c> (default 5 s)
    /// and registers the recurring timer poll.</summary>
    public static IServiceCollection AddWorkflowsTimerServer(this IServiceCollection services, IConfiguration configuration)
    {
        var pollInterval = configuration.GetValue("Timers:PollInterval", TimeSpan.FromSeconds(5));
        services.AddHangfireServer(server => server.SchedulePollingInterval = pollInterval);
        services.AddHostedService<TimerPollRegistration>();
        return services;
    }
}
