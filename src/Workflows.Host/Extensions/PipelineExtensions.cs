using Hangfire;
using Scalar.AspNetCore;
using Workflows.Host.Authorization;
using Workflows.Host.Endpoints;
using Workflows.Host.Health;

namespace Workflows.Host.Extensions;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class PipelineExtensions
{
    public static WebApplication UseWorkflowsPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiAntiforgery();
        return app;
    }

    public static WebApplication MapWorkflowsEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapWorkflowsHealthChecks();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Hangfire's default filter admits local requests only; ours admits administrators from anywhere.
            Authorization = [],
            AsyncAuthorization = [new HangfireDashboardAuthorizationFilter()],
            AppPath = "/",
        }).AllowAnonymous();

        app.MapAuthEndpoints();
        app.MapAdminUserEndpoints();
        app.MapDefinitionEndpoints();
        app.MapInstanceEndpoints();
        app.MapMessageEndpoints();
        app.MapTaskEndpoints();
        app.MapAttachmentDownload();
        app.MapCalendarEndpoints();
        app.MapDepartmentEndpoints();
        app.MapProjectEndpoints();
        app.MapCatalogueEndpoints();
        app.MapDashboardEndpoints();
        app.MapMailOutboxEndpoints();

        // Unknown API paths answer 404 problem details; every other path is the single-page UI's.
        app.Map("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound)).AllowAnonymous().ExcludeFromDescription();
        app.MapFallbackToFile("index.html").AllowAnonymous();
        return app;
    }
}
