using System.Text.Json.Serialization;
using Workflows.Host.Errors;
using Workflows.Host.Health;
using Workflows.Host.Security;
using Workflows.Host.Seeding;
using Workflows.Host.Uploads;
using Workflows.Projects;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Timers;

namespace Workflows.Host.Extensions;

/// <summary>Everything the host registers: the platform, sign-in, errors, OpenAPI, health and the job server.</summary>
public static class HostBuilderExtensions
{
    public static WebApplicationBuilder AddWorkflowsHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        ContentRootPaths.ApplyCalendarDefault(builder.Configuration, builder.Environment);
        services.AddWorkflows(builder.Configuration);
        services.AddWorkflowsAuthentication(builder.Configuration, builder.Environment);
        services.AddWorkflowsReverseProxy(builder.Configuration);
        services.AddWorkflowsDataProtection();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsEnricher.Enrich);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();
        services.AddWorkflowsHealthChecks();
        services.AddWorkflowsTimerServer(builder.Configuration);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoProjects>();
        services.AddSingleton<DeadlineClock>();
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }
}
