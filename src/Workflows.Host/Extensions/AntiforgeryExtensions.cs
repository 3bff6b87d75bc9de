using Microsoft.AspNetCore.Antiforgery;

namespace Workflows.Host.Extensions;

/// <summary>
/// Cookie-authenticated unsafe API requests must carry the antiforgery header; bearer clients cannot be
/// forged by a browser, so they need none.
/// </summary>
public static class AntiforgeryExtensions
{
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Readable by the page's script, which echoes it in <see cref="HeaderName"/>.</summary>
    public const string CookieName = "XSRF-TOKEN";

    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsAntiforgery(context))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "缺少或无效的防伪令牌 (missing or invalid antiforgery token)",
                        detail: $"Send the {CookieName} cookie's value in the {HeaderName} header.").ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });

    /// <summary>Issues a fresh request token bound to the current user in the <see cref="CookieName"/> cookie.</summary>
    public static void IssueAntiforgeryCookie(this HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(
            CookieName,
            tokens.RequestToken!,
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });
    }

    private static bool NeedsAntiforgery(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method)
        && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method)
        && context.Request.Path.StartsWithSegments("/api")
        // Signing in again over a stale cookie must work; a forged sign-in gains the forger nothing.
        && !context.Request.Path.StartsWithSegments("/api/auth/login")
        && context.User.Identity?.IsAuthenticated == true
        && !AuthenticationExtensions.HasBearerToken(context.Request);
}
