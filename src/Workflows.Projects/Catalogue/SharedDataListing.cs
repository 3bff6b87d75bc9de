using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Catalogue;

/// <summary>
/// Arts. 23, 31, 34: once a project passes acceptance, what its data-sharing plan shares stays listed on the catalogue entry of
/// each system it involves, its quality answered for by the lead department that collects the data (谁采集、谁负责) until the
/// bureau or that department names another party.
/// </summary>
internal static class SharedDataListing
{
    public static async Task ListAsync(WorkflowsDbContext db, Project project, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (project.DataSharing.SharesNothing)
            return;
        var systemIds = project.Systems.Select(s => s.SystemId).ToList();
        var listed = await db.Set<SharedDataResource>().Where(r => r.ProjectId == project.Id).Select(r => r.SystemId).ToListAsync(cancellationToken);
        var collector = await db.Set<Department>().Where(d => d.Code == project.LeadDepartmentCode).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken)
            ?? project.LeadDepartmentCode;
        var plan = project.DataSharing;
        foreach (var systemId in systemIds.Except(listed))
        {
            db.Add(new SharedDataResource
            {
                Id = Guid.CreateVersion7(now), SystemId = systemId, ProjectId = project.Id, Sources = plan.Sources, Formats = plan.Formats,
                UpdateFrequency = plan.UpdateFrequency, Sharing = plan.Sharing, ResponsibleParty = collector, ListedAt = now,
            });
        }
    }
}
