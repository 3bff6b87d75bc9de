using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

public sealed class RegisterProjectValidator : IValidator<RegisterProject>
{
    public IEnumerable<string> Validate(RegisterProject message)
    {
        if (string.IsNullOrWhiteSpace(message.Code) || message.Code.Length > 64)
            yield return "项目编号必填，且不超过64个字符 (code is required, at most 64 characters)";
        foreach (var problem in ProjectApplicationValidator.Validate(message.Application))
            yield return problem;
    }
}
