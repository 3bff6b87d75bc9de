using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Workflows.Host.Authorization;
using Workflows.Host.Security;
using Workflows.Host.SignIn;
using Workflows.Persistence;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Extensions;

/// <summary>
/// Identity sign-in with a cookie for the web UI and a signed bearer token for API clients; both are checked against
/// the user on every request (<see cref="SessionValidator"/>), so they can be revoked.
/// </summary>
public static class AuthenticationExtensions
{
    /// <summary>Chooses bearer or cookie per request, so every endpoint accepts both.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddWorkflowsAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<WorkflowsUser, WorkflowsRole>(options =>
            {
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Auth:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Auth:LockoutDuration", TimeSpan.FromMinutes(15));
            })
            .AddEntityFrameworkStores<WorkflowsDbContext>()
            .AddClaimsPrincipalFactory<WorkflowsClaimsPrincipalFactory>()
            .AddWorkflowsPasswordPolicy(allowDemoPassword: environment.IsDevelopment());
        services.AddScoped<SessionValidator>();
        services.AddScoped<SecurityEvents>();
        services.AddScoped<ISecurityEventObserver, AuditTrailObserver>();
        services.AddScoped<PasswordCheck>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DenialLoggingResultHandler>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearerScheme;
                options.DefaultAuthenticateScheme = CookieOrBearerScheme;
                options.DefaultChallengeScheme = CookieOrBearerScheme;
                options.DefaultForbidScheme = CookieOrBearerScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
                options.BearerTokenExpiration = configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromHours(8)))
            .AddScheme<AuthenticationSchemeOptions, RevocableBearerHandler>(RevocableBearerHandler.SchemeName, options =>
            {
                options.ForwardChallenge = IdentityConstants.BearerScheme;
                options.ForwardForbid = IdentityConstants.BearerScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                    ? RevocableBearerHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "workflows.auth";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/login";
            options.ExpireTimeSpan = configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromHours(8));
            options.Events.OnValidatePrincipal = SessionValidator.ValidateCookieAsync;
            // API callers get a status code (turned into problem details), never a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryExtensions.HeaderName;
            // Secure over HTTPS, including HTTPS that the reverse proxy terminated (ForwardedHeaders).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(PeoplePolicy())
            .SetFallbackPolicy(PeoplePolicy())
            .AddPolicy(WorkflowsPolicies.Admin, policy => policy.RequireRole(AdminRole.Name))
            .AddPolicy(WorkflowsPolicies.Reviewer, policy => policy.RequireRole(AdminRole.CountyWideRoles))
            .AddPolicy(WorkflowsPolicies.Worker, policy => policy.RequireRole(WorkerRole.Name))
            .AddPolicy(WorkflowsPolicies.Account, policy => policy.RequireAuthenticatedUser());
        return services;
    }

    /// <summary>Any signed-in user except a worker account, which calls only the endpoints that name the worker policy.</summary>
    private static AuthorizationPolicy PeoplePolicy() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => !WorkerRole.IsWorkerOnly(context.User))
        .Build();

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
