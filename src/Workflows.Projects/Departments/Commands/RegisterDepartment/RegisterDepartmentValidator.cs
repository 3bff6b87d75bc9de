using System.Text.RegularExpressions;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Departments.Commands.RegisterDepartment;

public sealed partial class RegisterDepartmentValidator : IValidator<RegisterDepartment>
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();

    public IEnumerable<string> Validate(RegisterDepartment message)
    {
        if (!CodePattern().IsMatch(message.Code ?? ""))
            yield return "部门编码须为小写字母、数字和连字符，不超过64个字符 (code: lower-case letters, digits and hyphens, at most 64)";
        if (string.IsNullOrWhiteSpace(message.Name) || message.Name.Length > 100)
            yield return "部门名称必填，且不超过100字 (name is required, at most 100 characters)";
        if (!Enum.IsDefined(message.Kind))
            yield return "部门类型无效 (unknown department kind)";
    }
}
