using Hangfire;
using Scalar.AspNetCore;
using Workflows.Host.ClientBundle;
using Workflows.Host.Authorization;
using Workflows.Host.Endpoints;
using Workflows.Host.Health;
using Workflows.Host.Requests;
using Workflows.Host.Security;

namespace Workflows.Host.Extensions;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class PipelineExtensions
{
    public static WebApplication UseWorkflowsPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<TextInputGuard>();
        app.UseClientBundleCaching();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseApiAntiforgery();
        return app;
    }

    public static WebApplication MapWorkflowsEndpoints(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        // No web fonts from Scalar's CDN: the page loads nothing from another origin (Content-Security-Policy).
        app.MapScalarApiReference("/api/docs", options => options.DisableDefaultFonts()).AllowAnonymous();
        app.MapWorkflowsHealthChecks();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            // Hangfire's default filter admits local requests only; ours admits administrators from anywhere.
            Authorization = [],
            AsyncAuthorization = [new HangfireDashboardAuthorizationFilter()],
            AppPath = "/",
        }).AllowAnonymous();

        var api = app.MapGroup("").AddEndpointFilterFactory(RequiredFields.Factory);
        api.MapAuthEndpoints();
        api.MapAdminUserEndpoints();
        api.MapDefinitionEndpoints();
        api.MapFormEndpoints();
        api.MapInstanceEndpoints();
        api.MapMessageEndpoints();
        api.MapTaskEndpoints();
        api.MapAttachmentDownload();
        api.MapCalendarEndpoints();
        api.MapDepartmentEndpoints();
        api.MapProjectEndpoints();
        api.MapCatalogueEndpoints();
        api.MapPlanEndpoints();
        api.MapCloudCatalogueEndpoints();
        api.MapDashboardEndpoints();
        api.MapSupervisionEndpoints();
        api.MapSecurityEndpoints();
        api.MapEvaluationEndpoints();
        api.MapDepartmentAssessmentEndpoints();
        api.MapSystemOperationEndpoints();
        api.MapSystemMonitoringEndpoints();
        api.MapMailOutboxEndpoints();
        api.MapAuditEndpoints();
        api.MapIncidentEndpoints();
        api.MapExternalTaskEndpoints();
        api.MapWorkerTopicEndpoints();
        api.MapJobEndpoints();
        api.MapMigrationEndpoints();

        // Unknown API paths answer 404 problem details; every other path is the single-page UI's.
        app.Map("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound)).AllowAnonymous().ExcludeFromDescription();
        app.MapClientBundle();
        return app;
    }
}
