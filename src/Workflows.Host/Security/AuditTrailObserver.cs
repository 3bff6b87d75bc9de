using System.Diagnostics;
using Mediator;
using Workflows.Persistence.Audit;
using Workflows.Runtime.Audit.RecordAuditEvent;

namespace Workflows.Host.Security;

/// <summary>
/// Appends every security event to the SM3-chained audit trail (art. 37; 等保 2.0 三级), in a scope and transaction
/// of its own: a denial is recorded although the refused command rolled back, and a failed record never undoes
/// what the request did.
/// </summary>
public sealed class AuditTrailObserver(IServiceScopeFactory scopes) : ISecurityEventObserver
{
    public async ValueTask OnSecurityEventAsync(SecurityEvent securityEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(ToAuditEvent(securityEvent), CancellationToken.None);
    }

    private static RecordAuditEvent ToAuditEvent(SecurityEvent e)
    {
        var request = $"{e.Method} {e.Path}";
        var detail = e.Policy is null ? e.Detail : $"policy {e.Policy}: {e.Detail}";
        return e.Kind switch
        {
            // The name typed at the sign-in page is what was tried, not who acted: the actor is anonymous.
            SecurityEventKind.SignInFailed => new("sign-in.failed", null, $"user {e.UserName}", detail, e.Client),
            SecurityEventKind.SignInLockedOut => new("sign-in.locked-out", null, $"user {e.UserName}", detail, e.Client),
            SecurityEventKind.SignInThrottled => new("sign-in.throttled", null, $"user {e.UserName}", detail, e.Client),
            SecurityEventKind.SignInSucceeded => new("sign-in.succeeded", e.UserName, $"user {e.UserName}", detail, e.Client),
            SecurityEventKind.SignedOut => new("sign-out", e.UserName, $"user {e.UserName}", detail, e.Client),
            SecurityEventKind.SessionRevoked => new("session.revoked", e.UserName, request, detail, e.Client),
            SecurityEventKind.AccessDenied => new("access.denied", e.UserName, request, detail, e.Client),
            SecurityEventKind.UserCreated => new(AuditActions.UserCreated, e.UserName, request, detail, e.Client),
            SecurityEventKind.RoleAssigned => new("user.role-assigned", e.UserName, request, detail, e.Client),
            SecurityEventKind.RoleRemoved => new("user.role-removed", e.UserName, request, detail, e.Client),
            SecurityEventKind.LeaderChanged => new("user.leader-changed", e.UserName, request, detail, e.Client),
            SecurityEventKind.WorkerTopicsChanged => new("user.worker-topics-changed", e.UserName, request, detail, e.Client),
            _ => throw new UnreachableException(),
        };
    }
}
