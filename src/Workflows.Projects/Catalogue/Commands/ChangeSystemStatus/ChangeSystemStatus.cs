using Mediator;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Common;

namespace Workflows.Projects.Catalogue.Commands.ChangeSystemStatus;

/// <summary>Moves a catalogued system through planned, building, running and retired (art. 10).</summary>
public sealed record ChangeSystemStatus(Guid SystemId, SystemStatus Status) : ICommand;

public sealed class ChangeSystemStatusHandler(WorkflowsDbContext db) : ICommandHandler<ChangeSystemStatus>
{
    public async ValueTask<Unit> Handle(ChangeSystemStatus command, CancellationToken cancellationToken)
    {
        var system = await db.FindOrThrowAsync<InformationSystem>(command.SystemId, "信息系统 (system)", cancellationToken);
        system.Status = command.Status;
        return Unit.Value;
    }
}
