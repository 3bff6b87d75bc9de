using Mediator;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>
/// Projects by code, filtered in the database. <see cref="VisibleToDepartment"/> limits a department clerk to the projects
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
        var matching = await ProjectQueries.FilterAsync(db, time.GetUtcNow(), query, cancellationToken);
        return await ProjectQueries.ItemsAsync(db, new DeadlineClock(calendar, calendarClock, time), ProjectQueries.Order(db, matching.Matching, ProjectSort.Code, descending: false), cancellationToken);
    }
}
