namespace Workflows.Host.Security;

/// <summary>
/// Headers on every response: a Content-Security-Policy that names no origin but this one, no MIME sniffing,
/// no framing, no referrer beyond this origin. HSTS is added in Production by <c>UseHsts</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The single-page UI: scripts only from this origin. Styles may be inline because bpmn-js and form-js
    /// set style attributes on the diagram and form elements they draw.
    /// </summary>
    public const string ApplicationPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Pages rendered by libraries that start themselves with an inline script (the API reference at
    /// <c>/api/docs</c>, the job dashboard); still no other origin.
    /// </summary>
    public const string LibraryPagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = IsLibraryPage(context.Request.Path) ? LibraryPagePolicy : ApplicationPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });

    private static bool IsLibraryPage(PathString path) =>
        path.StartsWithSegments("/api/docs") || path.StartsWithSegments("/hangfire");
}
