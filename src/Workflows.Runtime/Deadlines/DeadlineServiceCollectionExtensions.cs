using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Deadlines;

public static class DeadlineServiceCollectionExtensions
{
    /// <summary>Reminder and escalation jobs for every user task with a due date (needs the calendar, timers and mail).</summary>
    public static IServiceCollection AddWorkflowsDeadlines(this IServiceCollection services)
    {
        services.AddOptions<DeadlineOptions>().BindConfiguration(DeadlineOptions.Section);
        services.AddSingleton<ReminderSchedule>();
        services.AddSingleton<ReminderMailComposer>();
        services.AddScoped<IEngineEventObserver, DeadlineJobObserver>();
        services.AddScoped<IJobKindHandler, TaskReminderJobHandler>();
        services.AddScoped<IJobKindHandler, TaskEscalationJobHandler>();
        return services;
    }
}
