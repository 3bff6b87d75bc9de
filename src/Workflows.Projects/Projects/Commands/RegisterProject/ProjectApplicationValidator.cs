using Workflows.Projects.Domain;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>The checks of an application that need no database, keyed by the field (or the article) they concern.</summary>
internal static class ProjectApplicationValidator
{
    public static IEnumerable<Problem> Validate(ProjectApplication application)
    {
        if (string.IsNullOrWhiteSpace(application.Name) || application.Name.Length > 200)
            yield return new Problem("name", "项目名称必填，且不超过200字 (name is required, at most 200 characters)");
        if (!Enum.IsDefined(application.Kind))
            yield return new Problem("kind", "项目类型无效 (unknown project kind)");
        if (string.IsNullOrWhiteSpace(application.LeadDepartmentCode))
            yield return new Problem("leadDepartmentCode", "牵头部门必填 (lead department is required)");
        if (string.IsNullOrWhiteSpace(application.Scope) || application.Scope.Length > 4000)
            yield return new Problem("scope", "建设内容必填，且不超过4000字 (scope is required, at most 4000 characters)");
        if (application.TotalBudget <= 0)
            yield return new Problem("totalBudget", "总预算必须大于0 (total budget must be positive)");
        foreach (var problem in YearBudgetRule.Check(application.TotalBudget, application.YearBudgets ?? []))
            yield return Problem.From(problem);
        foreach (var problem in UpperLevelDockingRule.Check(application.Kind, application.DocksWithUpperLevelSystem))
            yield return Problem.From(problem);
        if (application.CoBuildingDepartments?.Contains(application.LeadDepartmentCode) == true)
            yield return new Problem("coBuildingDepartments", "牵头部门不能同时作为共建单位 (the lead department cannot also be a co-building department)");
        if (application.ProtectionLevel is < 1 or > 5)
            yield return new Problem("protectionLevel", "等级保护级别须为第一级至第五级 (the protection level is 1 to 5)");
        if (application.CryptographyPlan?.Length > 2000)
            yield return new Problem("cryptographyPlan", "密码应用方案不超过2000字 (the cryptography plan is at most 2000 characters)");
        foreach (var problem in CityCoBuildingRule.Check(application.CoBuiltWithCity, application.MunicipalPartner, application.MunicipalShare))
            yield return Problem.From(problem);
        if (application.SystemIds is null)
            yield return new Problem("art-10", "须列明项目涉及的政务信息系统（第十条） (art. 10: name the catalogued systems the project involves)");
        if (application.CloudServiceCodes is null)
            yield return new Problem("art-12", "须选用市级政务云服务目录中的服务（第十二条） (art. 12: choose services of the municipal cloud catalogue)");
        if (application.DataSharing is not { Sources: not null, Formats: not null, UpdateFrequency: not null, Sharing: not null, Opening: not null })
            yield return new Problem("art-9", "数据共享方案不完整：须写明数据来源、格式、更新频率、共享和开放方式（第九条） (art. 9: the data-sharing plan is incomplete)");
    }

    /// <summary>Throws every problem at once (HTTP 400 keyed by field and article).</summary>
    public static void ThrowIfInvalid(ProjectApplication application, IEnumerable<Problem>? more = null)
    {
        var problems = (more ?? []).Concat(Validate(application)).ToList();
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
    }
}
