namespace Workflows.Host.Security;

/// <summary>
/// One security-relevant event of the host. <see cref="Policy"/> names what refused an <see cref="SecurityEventKind.AccessDenied"/>
/// (a policy name, or <c>resource</c> for a rule on one task, instance or project); <see cref="Detail"/> says more in English.
/// </summary>
public sealed record SecurityEvent(
    SecurityEventKind Kind,
    string? UserName,
    string? Client,
    string? Method,
    string? Path,
    string? Policy = null,
    string? Detail = null)
{
    /// <summary>An event of the current request: its client address, method and path.</summary>
    public static SecurityEvent Of(HttpContext context, SecurityEventKind kind, string? userName, string? policy = null, string? detail = null) =>
        new(kind, userName, context.Connection.RemoteIpAddress?.ToString(), context.Request.Method,
            $"{context.Request.PathBase}{context.Request.Path}", policy, detail);
}
