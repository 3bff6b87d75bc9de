using Hangfire.Dashboard;
using Workflows.Host.Security;

namespace Workflows.Host.Authorization;

/// <summary>The job dashboard can retry and delete jobs, so only bureau administrators see it; a signed-in other user's 403 is recorded.</summary>
public sealed class HangfireDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.IsInRole(AdminRole.Name))
        {
            return true;
        }

        if (http.User.Identity?.IsAuthenticated == true)
        {
            await http.RequestServices.GetRequiredService<SecurityEvents>().RecordAsync(
                SecurityEvent.Of(http, SecurityEventKind.AccessDenied, http.User.Identity.Name, WorkflowsPolicies.Admin, "job dashboard"),
                http.RequestAborted);
        }

        return false;
    }
}
