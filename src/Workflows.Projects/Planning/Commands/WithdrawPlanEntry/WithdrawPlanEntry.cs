using Mediator;
using Workflows.Persistence;

namespace Workflows.Projects.Planning.Commands.WithdrawPlanEntry;

/// <summary>A department removes a draft or returned entry from its annual plan (art. 7).</summary>
public sealed record WithdrawPlanEntry(int Year, Guid Id, string Department) : ICommand;

public sealed class WithdrawPlanEntryHandler(WorkflowsDbContext db) : ICommandHandler<WithdrawPlanEntry>
{
    public async ValueTask<Unit> Handle(WithdrawPlanEntry command, CancellationToken cancellationToken)
    {
        db.Remove(await PlanEntries.EditableAsync(db, command.Year, command.Id, command.Department, cancellationToken));
        return Unit.Value;
    }
}
