using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Queries.ListPublishedPlanEntries;

/// <summary>
/// The published entries of a department's annual plans no project carries out yet: what a registration may link (arts. 7, 11);
/// a revision of <paramref name="ProjectId"/> also sees the entry that project carries out.
/// </summary>
public sealed record ListPublishedPlanEntries(string Department, Guid? ProjectId = null) : IQuery<IReadOnlyList<PlanEntry>>;

public sealed class ListPublishedPlanEntriesHandler(WorkflowsDbContext db) : IQueryHandler<ListPublishedPlanEntries, IReadOnlyList<PlanEntry>>
{
    public async ValueTask<IReadOnlyList<PlanEntry>> Handle(ListPublishedPlanEntries query, CancellationToken cancellationToken) =>
        await db.Set<PlanEntry>().AsNoTracking()
            .Where(e => e.DepartmentCode == query.Department && e.Status == PlanEntryStatus.Published
                && !db.Set<Project>().Any(p => p.PlanEntryId == e.Id && p.Id != query.ProjectId))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name).ToListAsync(cancellationToken);
}
