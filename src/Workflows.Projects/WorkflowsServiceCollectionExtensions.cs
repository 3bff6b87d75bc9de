using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Deadlines;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Storage;
using Workflows.Runtime.Timers;
using Workflows.Runtime.Timers.StartTimers;

namespace Workflows.Projects;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>Everything the host and the CLI share: database, engine, mediator and each feature's services.</summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowsRuntime(configuration);
        services.AddWorkflowsMediator();
        services.AddWorkflowsProjects();
        services.AddWorkflowsCalendar(configuration);
        services.AddWorkflowsTimers(configuration);
        services.AddWorkflowsTimerStarts();
        services.AddWorkflowsMail(configuration);
        services.AddWorkflowsDeadlines();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<TimerTriggerInterceptor>());
        return services;
    }
}
