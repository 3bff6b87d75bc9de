using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Commands.SubmitDepartmentPlan;

/// <summary>Art. 7: the department's drafted and returned entries of the year go to the bureau; returns how many.</summary>
public sealed record SubmitDepartmentPlan(int Year, string Department) : ICommand<int>;

public sealed class SubmitDepartmentPlanHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<SubmitDepartmentPlan, int>
{
    public async ValueTask<int> Handle(SubmitDepartmentPlan command, CancellationToken cancellationToken)
    {
        var entries = await db.Set<PlanEntry>().Where(e => e.Year == command.Year && e.DepartmentCode == command.Department
            && (e.Status == PlanEntryStatus.Draft || e.Status == PlanEntryStatus.Returned)).ToListAsync(cancellationToken);
        RuleViolation.ThrowIf(entries.Count == 0, PlanEntries.NothingToSubmit(command.Year));
        foreach (var entry in entries)
        {
            entry.Status = PlanEntryStatus.Submitted;
            entry.SubmittedAt = clock.Now;
            entry.ReturnReason = null;
        }

        return entries.Count;
    }
}
