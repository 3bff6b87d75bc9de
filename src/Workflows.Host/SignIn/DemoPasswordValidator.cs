using Microsoft.AspNetCore.Identity;
using Workflows.Host.Seeding;
using Workflows.Persistence.Identity;

namespace Workflows.Host.SignIn;

/// <summary>The demo password is published in the README: outside Development no account may have it.</summary>
public sealed class DemoPasswordValidator(IHostEnvironment environment) : IPasswordValidator<WorkflowsUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<WorkflowsUser> manager, WorkflowsUser user, string? password) =>
        Task.FromResult(environment.IsDevelopment() || password != DemoData.PublishedPassword
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordIsDemoPassword",
                Description = "演示密码只能在开发环境使用 (the published demo password is refused outside Development)",
            }));
}
