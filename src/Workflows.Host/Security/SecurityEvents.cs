namespace Workflows.Host.Security;

/// <summary>
/// Where sign-in, sign-out, revoked sessions, denials and user and role changes are reported: each is one structured
/// log line, then goes to every <see cref="ISecurityEventObserver"/>.
/// </summary>
public sealed class SecurityEvents(IEnumerable<ISecurityEventObserver> observers, ILogger<SecurityEvents> logger)
{
    public async Task RecordAsync(SecurityEvent securityEvent, CancellationToken cancellationToken)
    {
        Log(securityEvent);
        foreach (var observer in observers)
        {
            await observer.OnSecurityEventAsync(securityEvent, cancellationToken);
        }
    }

    private void Log(SecurityEvent e)
    {
        if (e.Kind == SecurityEventKind.AccessDenied)
        {
            logger.LogWarning("Access denied to {UserName} from {Client} on {Method} {Path} by policy {Policy}: {Detail}",
                e.UserName, e.Client, e.Method, e.Path, e.Policy, e.Detail);
            return;
        }

        var level = e.Kind is SecurityEventKind.SignInSucceeded or SecurityEventKind.SignedOut ? LogLevel.Information : LogLevel.Warning;
        logger.Log(level, "Security event {Kind} for {UserName} from {Client} on {Method} {Path}: {Detail}",
            e.Kind, e.UserName, e.Client, e.Method, e.Path, e.Detail);
    }
}
