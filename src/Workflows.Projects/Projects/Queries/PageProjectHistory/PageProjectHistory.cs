using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Projects.Queries.GetProjectDetails;
using Workflows.Projects.Projects.Queries.ListProjects;

namespace Workflows.Projects.Projects.Queries.PageProjectHistory;

/// <summary>
/// One page of a project's history, oldest first unless <see cref="Descending"/>, with the entries matching
/// <see cref="Search"/> (in the change or the actor) counted in all; <see cref="VisibleToDepartment"/> limits a clerk to the
/// projects their department leads or co-builds, as a condition of the query.
/// </summary>
public sealed record PageProjectHistory(
    Guid ProjectId, string? VisibleToDepartment, string? Search = null, bool Descending = false, int Skip = 0, int Take = 20)
    : IQuery<ProjectHistoryPage>
{
    public const int MaxTake = 200;
}

public sealed class PageProjectHistoryHandler(WorkflowsDbContext db) : IQueryHandler<PageProjectHistory, ProjectHistoryPage>
{
    public async ValueTask<ProjectHistoryPage> Handle(PageProjectHistory query, CancellationToken cancellationToken)
    {
        var projects = db.Set<Project>().AsNoTracking().Where(p => p.Id == query.ProjectId);
        if (query.VisibleToDepartment is { } department)
            projects = ProjectSelection.LedOrCoBuiltBy(projects, department);
        // Read from the (project, at) index: the entries of one project, in the order they were written.
        var entries = db.Set<ProjectHistoryEntry>().AsNoTracking().Where(h => projects.Any(p => p.Id == h.ProjectId));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            entries = entries.Where(h => h.Summary.Contains(search) || h.Actor.Contains(search));
        }

        var total = await entries.CountAsync(cancellationToken);
        var ordered = query.Descending ? entries.OrderByDescending(h => h.At).ThenByDescending(h => h.Id) : entries.OrderBy(h => h.At).ThenBy(h => h.Id);
        var items = await ordered.Skip(query.Skip).Take(Math.Clamp(query.Take, 1, PageProjectHistory.MaxTake))
            .Select(h => new ProjectDetails.HistoryRow(h.At, h.Actor, h.Summary, h.OldValues, h.NewValues))
            .ToListAsync(cancellationToken);
        return new ProjectHistoryPage(await UserNames.NameActorsAsync(db, items, cancellationToken), total);
    }
}
