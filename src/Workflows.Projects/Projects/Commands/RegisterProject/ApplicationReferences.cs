using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Common;
using Workflows.Projects.Rules;

namespace Workflows.Projects.Projects.Commands.RegisterProject;

/// <summary>The application's references to departments and catalogues must exist.</summary>
internal static class ApplicationReferences
{
    public static async Task CheckAsync(WorkflowsDbContext db, ProjectApplication application, CancellationToken cancellationToken)
    {
        var departments = new[] { application.LeadDepartmentCode }.Concat(application.CoBuildingDepartments ?? []).Distinct().ToList();
        var known = await db.Set<Department>().Where(d => departments.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var problems = departments.Except(known).Select(code => $"部门 {code} 不存在 (unknown department)").ToList();

        var systems = await db.Set<InformationSystem>().Where(s => application.SystemIds.Contains(s.Id)).ToListAsync(cancellationToken);
        problems.AddRange(CatalogueRule.Check(application.SystemIds, systems));
        var services = await db.Set<CloudService>().Where(s => application.CloudServiceCodes.Contains(s.Code))
            .Select(s => s.Code).ToListAsync(cancellationToken);
        problems.AddRange(CloudServicesRule.Check(application.CloudServiceCodes, services));
        RuleViolation.ThrowIfAny(problems);
    }
}
