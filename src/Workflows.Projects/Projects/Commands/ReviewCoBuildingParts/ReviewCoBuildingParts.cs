using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain.History;
using Workflows.Projects.Common;

namespace Workflows.Projects.Projects.Commands.ReviewCoBuildingParts;

/// <summary>
/// After every part was answered: whether each co-builder confirmed its part (arts. 6, 8). With <see cref="Restart"/> the lead has
/// revised the plan and every co-builder confirms again.
/// </summary>
public sealed record ReviewCoBuildingParts(Guid ProjectId, bool Restart = false, string? Actor = null) : ICommand<CoBuildingParts>;

/// <summary>The co-builders (after a restart, those of the revised plan) and, when one declined, who and why.</summary>
public sealed record CoBuildingParts(bool Agreed, IReadOnlyList<string> DepartmentCodes, string? DeclinedBy, string? Reason);

public sealed class ReviewCoBuildingPartsHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ReviewCoBuildingParts, CoBuildingParts>
{
    public async ValueTask<CoBuildingParts> Handle(ReviewCoBuildingParts command, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(command.ProjectId, cancellationToken);
        var codes = project.CoBuilders.Select(c => c.DepartmentCode).Order().ToList();
        if (command.Restart)
        {
            foreach (var coBuilder in project.CoBuilders)
            {
                coBuilder.Part = "";
                coBuilder.ConfirmedAt = null;
                coBuilder.ConfirmedBy = null;
            }
            project.Record(time.GetUtcNow(), command.Actor, "co-building-restarted", $"总体方案已修改，请共建单位重新确认分工：{await DepartmentNames.JoinAsync(db, codes, cancellationToken)}");
            return new CoBuildingParts(false, codes, null, null);
        }

        if (project.CoBuilders.All(c => c.ConfirmedAt is not null))
            return new CoBuildingParts(true, codes, null, null);
        var history = await db.Set<ProjectHistoryEntry>().AsNoTracking().Where(h => h.ProjectId == project.Id).ToListAsync(cancellationToken);
        var declined = RevisionHistory.LatestReturn(history);
        return new CoBuildingParts(false, codes, declined?.ReturnedBy, declined?.Reason);
    }
}
