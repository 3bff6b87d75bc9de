using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Projects.Queries.Deadlines;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>The filters, the ordering and the rows of the project lists, translated to SQL on every provider: the
/// department a clerk may see is a condition of the query, so nothing the clerk may not see is ever read.</summary>
internal static class ProjectQueries
{
    public static async Task<ProjectSelection> FilterAsync(WorkflowsDbContext db, DateTimeOffset now, ListProjects query, CancellationToken cancellationToken)
    {
        var projects = db.Set<Project>().AsNoTracking();
        // The clerk's own department is the one the selection splits on; a department the user filters by on top of it
        // (the same or none of the clerk's projects) stays a plain condition.
        var split = query.VisibleToDepartment ?? query.Department;
        if (query.VisibleToDepartment is not null && query.Department is { } department && department != split)
            projects = ProjectSelection.LedOrCoBuiltBy(projects, department);
        if (query.Stage is { } stage)
            projects = projects.Where(p => p.Stage == stage);
        if (query.FundingHeld is { } held)
            projects = held ? projects.Where(p => p.FundingStatus != FundingStatus.Normal) : projects.Where(p => p.FundingStatus == FundingStatus.Normal);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            projects = projects.Where(p => p.Code.Contains(search) || p.Name.Contains(search));
        }

        if (query.Overdue is { } overdue)
        {
            var late = await OverdueProjectsAsync(db, now, cancellationToken);
            projects = overdue ? projects.Where(p => late.Contains(p.Id)) : projects.Where(p => !late.Contains(p.Id));
        }

        // With no condition but the department and the stage, the counter rows hold the total.
        var counted = string.IsNullOrWhiteSpace(query.Search) && query.FundingHeld is null && query.Overdue is null
            && !(query.VisibleToDepartment is not null && query.Department is { } other && other != split);
        return new ProjectSelection(db, projects, split, counted ? new ProjectSelection.Counter(query.Stage) : null);
    }

    /// <summary>The projects with an open task past its due date: read from the (status, due date) index, as few as the
    /// county's overdue tasks, not the projects.</summary>
    private static async Task<List<Guid>> OverdueProjectsAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await db.UserTasks.AsNoTracking()
            .Where(t => t.Status == UserTaskStatus.Open && t.DueAt < now && t.BusinessKey != null)
            .Select(t => t.BusinessKey!).Distinct().ToListAsync(cancellationToken);
        return [.. keys.Select(key => Guid.TryParse(key, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
    }

    public static IQueryable<Project> Order(WorkflowsDbContext db, IQueryable<Project> projects, ProjectSort sort, bool descending)
    {
        var departments = db.Set<Department>();
        return (sort, descending) switch
        {
            (ProjectSort.Name, false) => projects.OrderBy(p => p.Name).ThenBy(p => p.Code),
            (ProjectSort.Name, true) => projects.OrderByDescending(p => p.Name).ThenByDescending(p => p.Code),
            (ProjectSort.Department, false) => projects
                .OrderBy(p => departments.Where(d => d.Code == p.LeadDepartmentCode).Select(d => d.Name).FirstOrDefault()).ThenBy(p => p.Code),
            (ProjectSort.Department, true) => projects
                .OrderByDescending(p => departments.Where(d => d.Code == p.LeadDepartmentCode).Select(d => d.Name).FirstOrDefault()).ThenByDescending(p => p.Code),
            (_, false) => projects.OrderBy(p => p.Code),
            _ => projects.OrderByDescending(p => p.Code),
        };
    }

    /// <summary>The rows of <paramref name="ordered"/> with their lead department's name and their next deadline.</summary>
    public static async Task<List<ProjectListItem>> ItemsAsync(WorkflowsDbContext db, DeadlineClock clock, IQueryable<Project> ordered, CancellationToken cancellationToken)
    {
        var departments = db.Set<Department>();
        var rows = await ordered
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Kind, p.Stage, p.LeadDepartmentCode, p.FundingStatus,
                DepartmentName = departments.Where(d => d.Code == p.LeadDepartmentCode).Select(d => d.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var deadlines = (await OpenDeadlines.ReadAsync(db, [.. rows.Select(row => row.Id)], cancellationToken)).ToLookup(d => d.ProjectId);
        return [.. rows.Select(row =>
        {
            var next = deadlines[row.Id].FirstOrDefault();
            return new ProjectListItem(row.Id, row.Code, row.Name, row.Kind, row.Stage, row.LeadDepartmentCode, row.DepartmentName ?? row.LeadDepartmentCode,
                row.FundingStatus, next is null ? null : DeadlineItem.From(next, clock), next is not null && clock.IsOverdue(next.DueAt));
        })];
    }
}
