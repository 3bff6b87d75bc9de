using Microsoft.AspNetCore.Identity;

namespace Workflows.Persistence.Identity;

/// <summary>等保 2.0 三级: a password mixes at least three of upper case, lower case, digits and symbols (its length is Identity's option).</summary>
public sealed class CharacterClassesPasswordValidator : IPasswordValidator<WorkflowsUser>
{
    public const int RequiredClasses = 3;

    private static readonly Func<char, bool>[] Classes = [char.IsUpper, char.IsLower, char.IsDigit, c => !char.IsLetterOrDigit(c)];

    public Task<IdentityResult> ValidateAsync(UserManager<WorkflowsUser> manager, WorkflowsUser user, string? password)
    {
        var classes = Classes.Count(isOfClass => (password ?? "").Any(isOfClass));
        return Task.FromResult(classes >= RequiredClasses
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCharacterClasses",
                Description = "密码须包含大写字母、小写字母、数字和符号中的至少三类 (use at least three of: upper case, lower case, digits, symbols)",
            }));
    }
}
