using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Commands.StartProjectProcess;
using Workflows.Runtime.Mail.Recipients;

namespace Workflows.Projects.Common;

/// <summary>
/// A project process is about the project whose id is its business key: its outcome goes to the clerks of the lead
/// department and of every co-building department or township (arts. 6, 8), and of no other department.
/// </summary>
internal sealed class ProjectSubjects(WorkflowsDbContext db) : IInstanceSubjects
{
    public async Task<InstanceSubject?> FindAsync(string definitionKey, string? businessKey, CancellationToken cancellationToken)
    {
        if (!ProjectProcesses.All.Contains(definitionKey) || !Guid.TryParse(businessKey, out var projectId))
            return null;
        var project = await db.Set<Project>().AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.Name, p.LeadDepartmentCode, CoBuilders = p.CoBuilders.Select(c => c.DepartmentCode).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return project is null
            ? null
            : new InstanceSubject(project.Name, $"projects/{projectId}", [project.LeadDepartmentCode, .. project.CoBuilders]);
    }
}
