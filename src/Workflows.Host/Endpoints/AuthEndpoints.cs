using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Extensions;
using Workflows.Host.Security;
using Workflows.Host.SignIn;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Endpoints;

/// <summary>Sign-in for the web UI (cookie) and for API clients (bearer token), in one call.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record CurrentUserResponse(string UserName, string DisplayName, string? DepartmentCode, IReadOnlyList<string> Roles, bool Leader);

    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/logout", Logout);
        group.MapGet("/me", Me).RequireAuthorization(WorkflowsPolicies.Account);
        return group;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request,
        HttpContext context,
        SignInManager<WorkflowsUser> signInManager,
        PasswordCheck passwords,
        SignInThrottle throttle,
        SecurityEvents events,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time)
    {
        var client = SignInThrottle.ClientOf(context);
        if (throttle.IsThrottled(client, out var retryAfter))
        {
            await events.RecordAsync(SecurityEvent.Of(context, SecurityEventKind.SignInThrottled, request.UserName), context.RequestAborted);
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "登录失败次数过多，请稍后再试 (too many failed sign-ins from this client, try again later)");
        }

        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await signInManager.UserManager.FindByNameAsync(request.UserName);
        var result = await passwords.CheckAsync(user, request.Password);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(client);
            var kind = result.IsLockedOut ? SecurityEventKind.SignInLockedOut : SecurityEventKind.SignInFailed;
            await events.RecordAsync(SecurityEvent.Of(context, kind, request.UserName), context.RequestAborted);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: result.IsLockedOut ? "账户已锁定，请稍后再试 (account locked, try again later)" : "用户名或密码错误 (wrong user name or password)");
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user!);
        await signInManager.SignInAsync(user!, isPersistent: false);
        context.User = principal;
        context.IssueAntiforgeryCookie();
        await events.RecordAsync(SecurityEvent.Of(context, SecurityEventKind.SignInSucceeded, user!.UserName), context.RequestAborted);
        return TypedResults.Ok(IssueToken(principal, bearerOptions.Get(IdentityConstants.BearerScheme), time));
    }

    /// <summary>Renews the user's security stamp: every cookie and token of the user stops working at once.</summary>
    public static async Task<NoContent> Logout(ClaimsPrincipal principal, HttpContext context, SignInManager<WorkflowsUser> signInManager, SecurityEvents events)
    {
        if (await signInManager.UserManager.GetUserAsync(principal) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        await events.RecordAsync(SecurityEvent.Of(context, SecurityEventKind.SignedOut, principal.Identity?.Name), context.RequestAborted);
        return TypedResults.NoContent();
    }

    public static Ok<CurrentUserResponse> Me(ClaimsPrincipal user, HttpContext context)
    {
        if (!AuthenticationExtensions.HasBearerToken(context.Request))
        {
            context.IssueAntiforgeryCookie();
        }

        return TypedResults.Ok(new CurrentUserResponse(
            user.Identity!.Name!,
            user.FindFirstValue(WorkflowsClaims.DisplayName) ?? user.Identity.Name!,
            user.FindFirstValue(WorkflowsClaims.DepartmentCode),
            user.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToList(),
            user.HasClaim(WorkflowsClaims.Leader, "true")));
    }

    private static LoginResponse IssueToken(ClaimsPrincipal principal, BearerTokenOptions options, TimeProvider time)
    {
        var expiresAt = time.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = expiresAt },
            IdentityConstants.BearerScheme);
        return new LoginResponse(options.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
