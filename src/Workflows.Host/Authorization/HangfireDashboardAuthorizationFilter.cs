using Hangfire.Dashboard;

namespace Workflows.Host.Authorization;

/// <summary>The job dashboard can retry and delete jobs, so only bureau administrators see it.</summary>
public sealed class HangfireDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AdminRole.Name);
}
