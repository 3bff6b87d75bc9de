using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Projects.Queries.GetProject;

/// <summary>A project with its parts, filings and full history (documents without their content).</summary>
public sealed record GetProject(Guid ProjectId) : IQuery<Project>;

public sealed class GetProjectHandler(WorkflowsDbContext db) : IQueryHandler<GetProject, Project>
{
    public async ValueTask<Project> Handle(GetProject query, CancellationToken cancellationToken) =>
        await db.Set<Project>().AsNoTracking()
            .Include(p => p.CoBuilders).Include(p => p.YearBudgets).Include(p => p.Systems).Include(p => p.CloudServices)
            .Include(p => p.Filings).Include(p => p.History.OrderBy(h => h.Id))
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == query.ProjectId, cancellationToken)
        ?? throw NotFoundException.For("项目 (project)", query.ProjectId);
}
