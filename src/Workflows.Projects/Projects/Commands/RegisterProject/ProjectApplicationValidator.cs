using Workflows.Persistence.Projects;
using Workflows.Projects.Rules;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>The checks of an application that need no database.</summary>
internal static class ProjectApplicationValidator
{
    public static IEnumerable<string> Validate(ProjectApplication application)
    {
        if (string.IsNullOrWhiteSpace(application.Name) || application.Name.Length > 200)
            yield return "项目名称必填，且不超过200字 (name is required, at most 200 characters)";
        if (!Enum.IsDefined(application.Kind))
            yield return "项目类型无效 (unknown project kind)";
        if (string.IsNullOrWhiteSpace(application.LeadDepartmentCode))
            yield return "牵头部门必填 (lead department is required)";
        if (string.IsNullOrWhiteSpace(application.Scope) || application.Scope.Length > 4000)
            yield return "建设内容必填，且不超过4000字 (scope is required, at most 4000 characters)";
        if (application.TotalBudget <= 0)
            yield return "总预算必须大于0 (total budget must be positive)";
        foreach (var problem in YearBudgetRule.Check(application.TotalBudget, application.YearBudgets))
            yield return problem;
        foreach (var problem in UpperLevelDockingRule.Check(application.Kind, application.DocksWithUpperLevelSystem))
            yield return problem;
        if (application.CoBuildingDepartments?.Contains(application.LeadDepartmentCode) == true)
            yield return "牵头部门不能同时作为共建单位 (the lead department cannot also be a co-building department)";
    }
}
