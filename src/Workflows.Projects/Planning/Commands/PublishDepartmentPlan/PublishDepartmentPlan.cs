using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Commands.PublishDepartmentPlan;

/// <summary>
/// Art. 7: once the bureau consolidated them and the county government approved them, the department's submitted entries
/// become part of the published annual plan; projects registered against them are in the plan (art. 11).
/// </summary>
public sealed record PublishDepartmentPlan(int Year, string Department) : ICommand;

public sealed class PublishDepartmentPlanHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<PublishDepartmentPlan>
{
    public async ValueTask<Unit> Handle(PublishDepartmentPlan command, CancellationToken cancellationToken)
    {
        var entries = await db.Set<PlanEntry>().Where(e => e.Year == command.Year && e.DepartmentCode == command.Department
            && e.Status == PlanEntryStatus.Submitted).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.Status = PlanEntryStatus.Published;
            entry.PublishedAt = clock.Now;
        }

        return Unit.Value;
    }
}
