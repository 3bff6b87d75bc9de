using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflows.Host.Authorization;
using Workflows.Host.Extensions;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Endpoints;

/// <summary>Sign-in for the web UI (cookie) and for API clients (bearer token), in one call.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt);

    public sealed record CurrentUserResponse(string UserName, string DisplayName, string? DepartmentCode, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/logout", Logout);
        group.MapGet("/me", Me);
        return group;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request,
        HttpContext context,
        SignInManager<WorkflowsUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await signInManager.UserManager.FindByNameAsync(request.UserName);
        var result = user is null || string.IsNullOrEmpty(request.Password)
            ? SignInResult.Failed
            : await signInManager.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            loggerFactory.CreateLogger(typeof(AuthEndpoints)).LogWarning("Failed sign-in for {UserName} (locked out: {LockedOut})", request.UserName, result.IsLockedOut);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: result.IsLockedOut ? "账户已锁定，请稍后再试 (account locked, try again later)" : "用户名或密码错误 (wrong user name or password)");
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user!);
        await signInManager.SignInAsync(user!, isPersistent: false);
        context.User = principal;
        context.IssueAntiforgeryCookie();
        return TypedResults.Ok(IssueToken(principal, bearerOptions.Get(IdentityConstants.BearerScheme), time));
    }

    public static async Task<NoContent> Logout(SignInManager<WorkflowsUser> signInManager)
    {
        await signInManager.SignOutAsync();
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
            user.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToList()));
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
