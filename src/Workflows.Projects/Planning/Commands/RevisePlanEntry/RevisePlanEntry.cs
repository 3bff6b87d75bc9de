using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Planning.Commands.RevisePlanEntry;

/// <summary>A department changes its draft or returned plan entry (art. 7).</summary>
public sealed record RevisePlanEntry(int Year, Guid Id, string Department, string Name, string? Description, decimal EstimatedBudget) : ICommand;

public sealed class RevisePlanEntryHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<RevisePlanEntry>
{
    public async ValueTask<Unit> Handle(RevisePlanEntry command, CancellationToken cancellationToken)
    {
        var entry = await PlanEntries.EditableAsync(db, command.Year, command.Id, command.Department, cancellationToken);
        var problems = PlanEntries.Validate(entry.Year, command.Name, command.Description, command.EstimatedBudget, clock.Today.Year)
            .Where(problem => problem.Key != "year").ToList();
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        entry.Name = command.Name.Trim();
        entry.Description = command.Description?.Trim() ?? "";
        entry.EstimatedBudget = command.EstimatedBudget;
        return Unit.Value;
    }
}
