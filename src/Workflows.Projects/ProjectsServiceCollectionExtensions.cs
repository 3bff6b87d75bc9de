using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Projects.Common;
using Workflows.Runtime.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Projects;

public static class ProjectsServiceCollectionExtensions
{
    private const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>The measures' service-task handlers, command validators and deadline arithmetic.</summary>
    public static IServiceCollection AddWorkflowsProjects(this IServiceCollection services)
    {
        // The shipped schedules, unless the host registered a calendar of its own (with local days off).
        services.TryAddSingleton<IBusinessCalendar>(provider =>
        {
            var configured = provider.GetService<IConfiguration>()?["Calendar:Directory"];
            var directory = ShippedCalendarDirectory.Locate(configured)
                ?? throw new InvalidOperationException("No holiday schedules found: set Calendar:Directory or ship workflows/calendars.");
            return new ChineseWorkingDayCalendar(CalendarData.LoadDirectory(directory));
        });
        services.AddScoped(provider => new ProjectDeadlines(
            provider.GetRequiredService<IBusinessCalendar>(),
            provider.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(provider.GetService<IConfiguration>()?["Calendar:TimeZone"] ?? DefaultTimeZone)));
        foreach (var type in typeof(ProjectsServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IServiceTaskHandler).IsAssignableFrom(type))
                services.AddScoped(typeof(IServiceTaskHandler), type);
            foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddSingleton(validator, type);
        }
        return services;
    }
}
