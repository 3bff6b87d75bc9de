using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Persistence.Identity;

/// <summary>
/// 等保 2.0 三级: at least 8 characters of three character classes, and never the published demo password outside
/// Development. The host and the <c>workflows user</c> verb apply the same policy.
/// </summary>
public static class PasswordPolicy
{
    public const int RequiredLength = 8;

    /// <summary>The demo password the README publishes (<c>Seed:DemoPassword</c> in Development).</summary>
    public const string PublishedDemoPassword = "Demo@12345";

    /// <param name="allowDemoPassword">True in Development only.</param>
    public static IdentityBuilder AddWorkflowsPasswordPolicy(this IdentityBuilder builder, bool allowDemoPassword)
    {
        builder.Services.Configure<IdentityOptions>(options =>
        {
            // The classes are counted by CharacterClassesPasswordValidator (any three), not required one by one.
            options.Password.RequiredLength = RequiredLength;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
        });
        builder.Services.AddScoped<IPasswordValidator<WorkflowsUser>>(_ => new DemoPasswordValidator(allowDemoPassword));
        return builder.AddPasswordValidator<CharacterClassesPasswordValidator>();
    }
}
