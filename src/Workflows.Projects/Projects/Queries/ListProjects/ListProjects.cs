using System.Runtime.CompilerServices;
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
    string? VisibleToDepartment = null) : IStreamQuery<ProjectListItem>
{
    /// <summary>The projects read per statement: the whole list at 100,000 projects held every row before answering.</summary>
    public const int ChunkSize = 1_000;
}

/// <summary>
/// Yields the list as it reads it, <see cref="ListProjects.ChunkSize"/> projects a statement after the last code yielded (the
/// code index gives each chunk in order), so the host holds one chunk, not the list, while the answer is written.
/// Each chunk is read apart: a project registered meanwhile is listed if its code comes after the chunks already read.
/// </summary>
public sealed class ListProjectsHandler(WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time)
    : IStreamQueryHandler<ListProjects, ProjectListItem>
{
    public async IAsyncEnumerable<ProjectListItem> Handle(ListProjects query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matching = (await ProjectQueries.FilterAsync(db, time.GetUtcNow(), query, cancellationToken)).Matching;
        var clock = new DeadlineClock(calendar, calendarClock, time);
        string? after = null;
        while (true)
        {
            var rest = after is null ? matching : matching.Where(p => string.Compare(p.Code, after) > 0);
            var chunk = await ProjectQueries.ItemsAsync(
                db, clock, ProjectQueries.Order(db, rest, ProjectSort.Code, descending: false).Take(ListProjects.ChunkSize), cancellationToken);
            foreach (var item in chunk)
                yield return item;
            if (chunk.Count < ListProjects.ChunkSize)
                yield break;
            after = chunk[^1].Code;
        }
    }
}
