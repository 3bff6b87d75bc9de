using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>
/// Projects by code, filtered. <see cref="VisibleToDepartment"/> limits a department clerk to the projects
/// their department leads or co-builds; <see cref="Department"/> is the user's filter, with the same meaning.
/// </summary>
public sealed record ListProjects(
    string? Search = null,
    ProjectStage? Stage = null,
    string? Department = null,
    bool? Overdue = null,
    bool? FundingHeld = null,
    string? VisibleToDepartment = null) : IQuery<IReadOnlyList<ProjectListItem>>;

public sealed class ListProjectsHandler(WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time)
    : IQueryHandler<ListProjects, IReadOnlyList<ProjectListItem>>
{
    public async ValueTask<IReadOnlyList<ProjectListItem>> Handle(ListProjects query, CancellationToken cancellationToken)
    {
        var rows = await (
                from project in Filter(query)
                join department in db.Set<Department>() on project.LeadDepartmentCode equals department.Code
                orderby project.Code
                select new { project.Id, project.Code, project.Name, project.Kind, project.Stage, project.LeadDepartmentCode, DepartmentName = department.Name, project.FundingStatus })
            .ToListAsync(cancellationToken);
        var clock = new DeadlineClock(calendar, calendarClock, time);
        var deadlines = (await OpenDeadlines.ReadAsync(db, [.. rows.Select(row => row.Id)], cancellationToken)).ToLookup(d => d.ProjectId);
        var items = rows.Select(row =>
        {
            var next = deadlines[row.Id].FirstOrDefault();
            return new ProjectListItem(row.Id, row.Code, row.Name, row.Kind, row.Stage, row.LeadDepartmentCode, row.DepartmentName, row.FundingStatus,
                next is null ? null : DeadlineItem.From(next, clock), next is not null && clock.IsOverdue(next.DueAt));
        });
        return [.. query.Overdue is { } overdue ? items.Where(item => item.Overdue == overdue) : items];
    }

    private IQueryable<Project> Filter(ListProjects query)
    {
        var projects = db.Set<Project>().AsNoTracking();
        if (query.VisibleToDepartment is { } own)
            projects = projects.Where(p => p.LeadDepartmentCode == own || p.CoBuilders.Any(c => c.DepartmentCode == own));
        if (query.Department is { } department)
            projects = projects.Where(p => p.LeadDepartmentCode == department || p.CoBuilders.Any(c => c.DepartmentCode == department));
        if (query.Stage is { } stage)
            projects = projects.Where(p => p.Stage == stage);
        if (query.FundingHeld is { } held)
            projects = held ? projects.Where(p => p.FundingStatus != FundingStatus.Normal) : projects.Where(p => p.FundingStatus == FundingStatus.Normal);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            projects = projects.Where(p => p.Code.Contains(search) || p.Name.Contains(search));
        }

        return projects;
    }
}
