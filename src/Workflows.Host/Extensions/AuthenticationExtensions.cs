using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Workflows.Host.Authorization;
using Workflows.Persistence;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Extensions;

/// <summary>Identity sign-in with a cookie for the web UI and a signed bearer token for API clients.</summary>
public static class AuthenticationExtensions
{
    /// <summary>Chooses bearer or cookie per request, so every endpoint accepts both.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddWorkflowsAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<WorkflowsUser, WorkflowsRole>(options =>
            {
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Auth:LockoutDuration", TimeSpan.FromMinutes(15));
            })
            .AddEntityFrameworkStores<WorkflowsDbContext>()
            .AddClaimsPrincipalFactory<WorkflowsClaimsPrincipalFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearerScheme;
                options.DefaultAuthenticateScheme = CookieOrBearerScheme;
                options.DefaultChallengeScheme = CookieOrBearerScheme;
                options.DefaultForbidScheme = CookieOrBearerScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
                options.BearerTokenExpiration = configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromHours(8)))
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "workflows.auth";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/login";
            options.ExpireTimeSpan = configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromHours(8));
            // API callers get a status code (turned into problem details), never a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAntiforgery(options => options.HeaderName = AntiforgeryExtensions.HeaderName);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(WorkflowsPolicies.Admin, policy => policy.RequireRole(AdminRole.Name))
            .AddPolicy(WorkflowsPolicies.Reviewer, policy => policy.RequireRole(AdminRole.CountyWideRoles));
        return services;
    }

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire"))
        {
            context.Response.StatusCode = statusCode;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
