using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Planning;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Planning.Commands.DraftPlanEntry;

/// <summary>A department drafts a project for its annual plan of a year (art. 7): name, what it builds, estimated budget.</summary>
public sealed record DraftPlanEntry(int Year, string Department, string Name, string? Description, decimal EstimatedBudget) : ICommand<Guid>;

public sealed class DraftPlanEntryHandler(WorkflowsDbContext db, ProjectDeadlines clock) : ICommandHandler<DraftPlanEntry, Guid>
{
    public async ValueTask<Guid> Handle(DraftPlanEntry command, CancellationToken cancellationToken)
    {
        var problems = PlanEntries.Validate(command.Year, command.Name, command.Description, command.EstimatedBudget, clock.Today.Year).ToList();
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);
        await PlanEntries.EnsureNotUnderReviewAsync(db, command.Year, command.Department, cancellationToken);
        var entry = new PlanEntry
        {
            Id = Guid.CreateVersion7(clock.Now), Year = command.Year, DepartmentCode = command.Department, Name = command.Name.Trim(),
            Description = command.Description?.Trim() ?? "", EstimatedBudget = command.EstimatedBudget, Status = PlanEntryStatus.Draft,
            CreatedAt = clock.Now,
        };
        db.Add(entry);
        return entry.Id;
    }
}
