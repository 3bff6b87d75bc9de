using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>The page of <see cref="Filter"/>'s projects that <see cref="Skip"/> and <see cref="Take"/> name, filtered, sorted,
/// counted and paged in the database.</summary>
public sealed record PageProjects(ListProjects Filter, ProjectSort Sort = ProjectSort.Code, bool Descending = false, int Skip = 0, int Take = 20)
    : IQuery<ProjectPage>
{
    public const int MaxTake = 200;
}

public sealed class PageProjectsHandler(WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time)
    : IQueryHandler<PageProjects, ProjectPage>
{
    public async ValueTask<ProjectPage> Handle(PageProjects query, CancellationToken cancellationToken)
    {
        var matching = await ProjectQueries.FilterAsync(db, time.GetUtcNow(), query.Filter, cancellationToken);
        var total = await matching.CountAsync(cancellationToken);
        var page = ProjectQueries.Order(db, matching.Matching, query.Sort, query.Descending)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, PageProjects.MaxTake));
        return new ProjectPage(await ProjectQueries.ItemsAsync(db, new DeadlineClock(calendar, calendarClock, time), page, cancellationToken), total);
    }
}
