namespace Workflows.Host.Security;

/// <summary>Hears every <see cref="SecurityEvent"/> after it is logged (an audit trail, say). Registered as scoped services.</summary>
public interface ISecurityEventObserver
{
    ValueTask OnSecurityEventAsync(SecurityEvent securityEvent, CancellationToken cancellationToken);
}
