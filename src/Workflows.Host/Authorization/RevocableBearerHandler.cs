using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Authorization;

/// <summary>
/// Bearer tokens as Identity issues them, each checked by <see cref="SessionValidator"/>: a signed token alone
/// would stay valid for its whole lifetime after sign-out or a role change.
/// </summary>
public sealed class RevocableBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SessionValidator sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "RevocableBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!result.Succeeded)
        {
            return result;
        }

        return await sessions.IsCurrentAsync(result.Principal, Context)
            ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, result.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The token was revoked: its user signed out, changed password or roles, or is locked out.");
    }
}
