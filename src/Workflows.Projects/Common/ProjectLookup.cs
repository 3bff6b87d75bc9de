using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Common;

/// <summary>Loads the project a command addresses, or answers 404.</summary>
internal static class ProjectLookup
{
    public static async Task<Project> LoadAsync(this WorkflowsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<Project>()
            .Include(p => p.CoBuilders).Include(p => p.YearBudgets).Include(p => p.Systems)
            .Include(p => p.CloudServices).Include(p => p.Filings)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
        ?? throw NotFoundException.For("项目 (project)", projectId);

    public static async Task<T> FindOrThrowAsync<T>(this WorkflowsDbContext db, Guid id, string what, CancellationToken cancellationToken)
        where T : class =>
        await db.Set<T>().FindAsync([id], cancellationToken) ?? throw NotFoundException.For(what, id);
}
