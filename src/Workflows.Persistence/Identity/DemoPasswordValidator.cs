using Microsoft.AspNetCore.Identity;

namespace Workflows.Persistence.Identity;

/// <summary>The demo password is published in the README: outside Development no account may have it.</summary>
/// <param name="allowed">True in Development only.</param>
public sealed class DemoPasswordValidator(bool allowed) : IPasswordValidator<WorkflowsUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<WorkflowsUser> manager, WorkflowsUser user, string? password) =>
        Task.FromResult(allowed || password != PasswordPolicy.PublishedDemoPassword
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordIsDemoPassword",
                Description = "演示密码只能在开发环境使用 (the published demo password is refused outside Development)",
            }));
}
