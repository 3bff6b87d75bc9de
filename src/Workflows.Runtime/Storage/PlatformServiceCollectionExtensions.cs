using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Deadlines;
using Workflows.Runtime.Mail;
using Workflows.Runtime.Timers;
using Workflows.Runtime.Timers.StartTimers;

namespace Workflows.Runtime.Storage;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// The platform without any county's rules: database, engine and each feature's services. A host adds its
    /// domain modules and the mediator, generated where every handler is visible.
    /// </summary>
    public static IServiceCollection AddWorkflowsPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowsRuntime(configuration);
        services.AddWorkflowsCalendar(configuration);
        services.AddWorkflowsTimers(configuration);
        services.AddWorkflowsTimerStarts();
        services.AddWorkflowsMail(configuration);
        services.AddWorkflowsDeadlines();
        return services;
    }
}
