using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Planning;

namespace Workflows.Projects.Planning.Commands.ReturnDepartmentPlan;

/// <summary>Art. 7: the bureau (or the county government) sends the submitted entries back to the department with the reason.</summary>
public sealed record ReturnDepartmentPlan(int Year, string Department, string Reason) : ICommand;

public sealed class ReturnDepartmentPlanHandler(WorkflowsDbContext db) : ICommandHandler<ReturnDepartmentPlan>
{
    public async ValueTask<Unit> Handle(ReturnDepartmentPlan command, CancellationToken cancellationToken)
    {
        var entries = await db.Set<PlanEntry>().Where(e => e.Year == command.Year && e.DepartmentCode == command.Department
            && e.Status == PlanEntryStatus.Submitted).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.Status = PlanEntryStatus.Returned;
            entry.ReturnReason = command.Reason.Trim();
        }

        return Unit.Value;
    }
}
