using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Engine.Calendar;

namespace Workflows.Runtime.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The county's business calendar: the shipped schedules plus the years and local days off admins add.</summary>
    public static IServiceCollection AddWorkflowsCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);
        services.AddSingleton(provider => ShippedSchedules.Load(provider.GetRequiredService<IOptions<CalendarOptions>>().Value.Directory));
        services.AddSingleton(provider => new CalendarClock(provider.GetRequiredService<IOptions<CalendarOptions>>().Value.TimeZone));
        services.AddSingleton<LiveBusinessCalendar>();
        services.AddSingleton<IBusinessCalendar>(provider => provider.GetRequiredService<LiveBusinessCalendar>());
        services.AddScoped<ProvisionalDeadlines>();
        services.AddScoped<DeadlineVariables>();
        return services;
    }
}
