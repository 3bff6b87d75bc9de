using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Queries.GetProjectDepartments;

/// <summary>What authorization needs to know of a project before anything else of it is read.</summary>
public sealed record GetProjectDepartments(Guid ProjectId) : IQuery<ProjectDepartments>;

public sealed class GetProjectDepartmentsHandler(WorkflowsDbContext db) : IQueryHandler<GetProjectDepartments, ProjectDepartments>
{
    public async ValueTask<ProjectDepartments> Handle(GetProjectDepartments query, CancellationToken cancellationToken) =>
        await db.Set<Project>().AsNoTracking().Where(p => p.Id == query.ProjectId)
            .Select(p => new ProjectDepartments(p.Id, p.LeadDepartmentCode, p.CoBuilders.Select(c => c.DepartmentCode).ToList()))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("项目 (project)", query.ProjectId);
}
