using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workflows.Persistence.Identity;

namespace Workflows.Host.Authorization;

/// <summary>Puts the user's department, display name and leadership into the cookie and the bearer token.</summary>
public sealed class WorkflowsClaimsPrincipalFactory(
    UserManager<WorkflowsUser> userManager,
    RoleManager<WorkflowsRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WorkflowsUser, WorkflowsRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkflowsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WorkflowsClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.DepartmentCode))
        {
            identity.AddClaim(new Claim(WorkflowsClaims.DepartmentCode, user.DepartmentCode));
        }

        if (user.IsLeader)
        {
            identity.AddClaim(new Claim(WorkflowsClaims.Leader, "true"));
        }

        return identity;
    }
}
