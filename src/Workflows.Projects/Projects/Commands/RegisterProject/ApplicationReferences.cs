using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Planning;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>The application's references to departments and catalogues must exist.</summary>
internal static class ApplicationReferences
{
    /// <param name="projectId">The project revised, whose own link to its plan entry is no conflict.</param>
    public static async Task CheckAsync(WorkflowsDbContext db, ProjectApplication application, CancellationToken cancellationToken, Guid? projectId = null)
    {
        var departments = new[] { application.LeadDepartmentCode }.Concat(application.CoBuildingDepartments ?? []).Distinct().ToList();
        var known = await db.Set<Department>().Where(d => departments.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var problems = departments.Except(known).Select(code => $"部门 {code} 不存在 (unknown department)").ToList();

        var systems = await db.Set<InformationSystem>().Where(s => application.SystemIds.Contains(s.Id)).ToListAsync(cancellationToken);
        problems.AddRange(CatalogueRule.Check(application.SystemIds, systems));
        var services = await db.Set<CloudService>().Where(s => application.CloudServiceCodes.Contains(s.Code) && s.WithdrawnAt == null)
            .Select(s => s.Code).ToListAsync(cancellationToken);
        problems.AddRange(CloudServicesRule.Check(application.CloudServiceCodes, services, application.NeedsNoCloud));
        RuleViolation.ThrowIfAny(problems);
        if (application.PlanEntryId is { } entryId)
            await CheckPlanEntryAsync(db, entryId, application.LeadDepartmentCode, projectId, cancellationToken);
    }

    /// <summary>Art. 7: a project carries out an entry of its own department's plan that no other project carries out.</summary>
    private static async Task CheckPlanEntryAsync(WorkflowsDbContext db, Guid entryId, string department, Guid? projectId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<PlanEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null || entry.DepartmentCode != department)
            throw new InvalidRequestException([new Problem("planEntryId", "年度计划条目不存在或不属于牵头部门 (the plan entry is not one of the lead department)")]);
        if (await db.Set<Project>().AnyAsync(p => p.PlanEntryId == entryId && p.Id != projectId, cancellationToken))
            throw new InvalidRequestException([new Problem("planEntryId", $"年度计划条目《{entry.Name}》已由其他项目实施 (another project already carries out this plan entry)")]);
    }
}
