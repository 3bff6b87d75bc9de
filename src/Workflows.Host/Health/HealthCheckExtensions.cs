using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflows.Host.Authorization;

namespace Workflows.Host.Health;

/// <summary>
/// <c>/health</c>: the database, the job storage and the mail outbox, as JSON a monitor can read. Outside
/// Development an anonymous caller sees the overall status only; the checks' details (provider, failed jobs)
/// need the admin role.
/// </summary>
public static class HealthCheckExtensions
{
    public static IServiceCollection AddWorkflowsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<HangfireHealthCheck>("hangfire")
            .AddCheck<MailOutboxHealthCheck>("mail");
        return services;
    }

    public static IEndpointConventionBuilder MapWorkflowsHealthChecks(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteJson }).AllowAnonymous();

    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment() && !context.User.IsInRole(AdminRole.Name))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        }));
    }
}
