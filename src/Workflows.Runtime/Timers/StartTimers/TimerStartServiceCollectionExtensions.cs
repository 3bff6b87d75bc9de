using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Runtime.Timers.StartTimers;

public static class TimerStartServiceCollectionExtensions
{
    /// <summary>Instances started by timer start events. Call before the <see cref="TimerTriggerInterceptor"/> is
    /// registered as an interceptor, so the start jobs the scheduler adds are triggered after commit.</summary>
    public static IServiceCollection AddWorkflowsTimerStarts(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, TimerStartScheduler>();
        services.AddScoped<IJobKindHandler, TimerStartJobHandler>();
        return services;
    }
}
