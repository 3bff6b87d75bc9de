using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RegisterCoBuilders;

public sealed class RegisterCoBuildersValidator : IValidator<RegisterCoBuilders>
{
    public IEnumerable<string> Validate(RegisterCoBuilders message)
    {
        // Art. 8: a cross-department project has at least one co-building department.
        if (message.DepartmentCodes.Count == 0)
            yield return "跨部门项目须至少有一个共建单位（第八条） (art. 8: name at least one co-building department)";
    }
}
