using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Rules;

/// <summary>
/// Art. 11: whether a project is in the annual plan is decided from the plan, not declared: it is when it carries out a
/// published entry of its lead department for its first budget year (art. 7). A newly established department's first
/// project (新设立部门) is outside the plan whatever it links; both go through the bureau's pre-review and county approval.
/// </summary>
internal static class AnnualPlanRule
{
    public static async Task<PlanFinding> FindAsync(WorkflowsDbContext db, Project project, CancellationToken cancellationToken)
    {
        var department = await db.Set<Department>().AsNoTracking().SingleAsync(d => d.Code == project.LeadDepartmentCode, cancellationToken);
        if (department.EstablishedOn is not null && !await db.Set<Project>().AnyAsync(
                p => p.LeadDepartmentCode == department.Code && p.Id != project.Id && p.CreatedAt < project.CreatedAt, cancellationToken))
            return new PlanFinding(false, $"新设立部门{department.Name}的首个项目，按计划外项目办理（第十一条） (art. 11: a new department's first project)");
        if (project.PlanEntryId is not { } entryId)
            return new PlanFinding(false, "未关联年度计划条目，按计划外项目办理（第十一条） (art. 11: no annual plan entry)");

        var entry = await db.Set<PlanEntry>().AsNoTracking().SingleAsync(e => e.Id == entryId, cancellationToken);
        var firstYear = project.YearBudgets.Count > 0 ? project.YearBudgets.Min(b => b.Year) : entry.Year;
        if (entry.Status != PlanEntryStatus.Published || entry.DepartmentCode != project.LeadDepartmentCode || entry.Year != firstYear)
            return new PlanFinding(false,
                $"年度计划条目《{entry.Name}》不是{firstYear}年已发布的本部门计划，按计划外项目办理（第十一条） (art. 11: the entry is not in the published plan)");
        return new PlanFinding(true, $"列入{entry.Year}年度计划：《{entry.Name}》（第七、十一条）");
    }
}
