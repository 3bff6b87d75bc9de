using Microsoft.AspNetCore.Identity;
using Workflows.Host.Seeding;
using Workflows.Persistence.Identity;

namespace Workflows.Host.SignIn;

/// <summary>
/// Checks a user name and password at the same cost whether or not the user exists (an unknown or locked-out name is
/// checked against a dummy hash), so the answer's timing tells no user names; outside Development the published demo
/// password signs nobody in.
/// </summary>
public sealed class PasswordCheck(SignInManager<WorkflowsUser> signInManager, IPasswordHasher<WorkflowsUser> hasher, IHostEnvironment environment)
{
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<WorkflowsUser>().HashPassword(new WorkflowsUser(), Guid.NewGuid().ToString()));

    public async Task<SignInResult> CheckAsync(WorkflowsUser? user, string? password)
    {
        var provided = password ?? "";
        var lockedOut = user is not null && await signInManager.UserManager.IsLockedOutAsync(user);
        if (user is null || lockedOut || (!environment.IsDevelopment() && provided == DemoData.PublishedPassword))
        {
            hasher.VerifyHashedPassword(new WorkflowsUser(), DummyHash.Value, provided);
            return lockedOut ? SignInResult.LockedOut : SignInResult.Failed;
        }

        return await signInManager.CheckPasswordSignInAsync(user, provided, lockoutOnFailure: true);
    }
}
