using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Workflows.Host.Security;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Authorization;

/// <summary>
/// A cookie or bearer token is honoured only while its user is unchanged: signing out, a role change and a password
/// change renew the user's security stamp, and a locked-out user is refused, so each takes effect at once on every
/// node. Costs one read of the user per request.
/// </summary>
public sealed class SessionValidator(SignInManager<WorkflowsUser> signInManager, SecurityEvents events)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, HttpContext context)
    {
        var user = await signInManager.ValidateSecurityStampAsync(principal);
        if (user is not null && !await signInManager.UserManager.IsLockedOutAsync(user))
        {
            return true;
        }

        await events.RecordAsync(
            SecurityEvent.Of(context, SecurityEventKind.SessionRevoked, principal.Identity?.Name,
                detail: user is null ? "security stamp changed or user removed" : "locked out"),
            context.RequestAborted);
        return false;
    }

    /// <summary>The cookie's check on every request, in place of Identity's periodic one.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (context.Principal is null || !await validator.IsCurrentAsync(context.Principal, context.HttpContext))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
