using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Runtime.Timers.StartTimers;

public static class TimerStartServiceCollectionExtensions
{
    /// <summary>Instances started by timer start events: the scheduler keeps their job rows with the definitions, and the
    /// timer poll fires them.</summary>
    public static IServiceCollection AddWorkflowsTimerStarts(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, TimerStartScheduler>();
        services.AddScoped<IJobKindHandler, TimerStartJobHandler>();
        return services;
    }
}
