using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Supervision;
using Workflows.Projects.Supervision.Deadlines;

namespace Workflows.Projects.Supervision.Queries.ListAcceptanceDelays;

/// <summary>
/// Art. 28: the delayed acceptances still standing, oldest planned date first: the project is not accepted, not ended and its
/// planned completion date is still the one that passed. Those already ordered to rectify carry their order's instance.
/// </summary>
public sealed record ListAcceptanceDelays : IQuery<IReadOnlyList<AcceptanceDelay>>;

public sealed class ListAcceptanceDelaysHandler(WorkflowsDbContext db) : IQueryHandler<ListAcceptanceDelays, IReadOnlyList<AcceptanceDelay>>
{
    public async ValueTask<IReadOnlyList<AcceptanceDelay>> Handle(ListAcceptanceDelays query, CancellationToken cancellationToken)
    {
        var rows = await (
                from notice in db.Set<AcceptanceDelayNotice>().AsNoTracking()
                join project in db.Set<Project>().AsNoTracking() on notice.ProjectId equals project.Id
                where AcceptanceDelays.AwaitingAcceptance.Contains(project.Stage) && project.PlannedCompletion == notice.PlannedCompletion
                orderby notice.PlannedCompletion, project.Code
                select new { notice, project.Code, project.Name, project.LeadDepartmentCode })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new AcceptanceDelay(
            row.notice.Id, row.notice.ProjectId, row.Code, row.Name, row.LeadDepartmentCode, row.notice.PlannedCompletion, row.notice.NoticedAt,
            nameof(RectificationReason.DelayedAcceptance), AcceptanceDelays.Description(row.Code, row.Name, row.notice.PlannedCompletion),
            row.notice.RectificationInstanceId, row.notice.OrderedAt, row.notice.OrderedBy))];
    }
}
