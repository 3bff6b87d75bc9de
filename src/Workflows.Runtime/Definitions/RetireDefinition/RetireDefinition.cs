using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Definitions.RetireDefinition;

/// <summary>Stops new instances on a version; instances already running on it finish on it.</summary>
public sealed record RetireDefinition(string Key, int Version, string? Actor = null) : ICommand;

public sealed class RetireDefinitionHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RetireDefinition>
{
    public async ValueTask<Unit> Handle(RetireDefinition command, CancellationToken cancellationToken)
    {
        var definition = await db.Definitions.FirstOrDefaultAsync(d => d.Key == command.Key && d.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException($"Process definition '{command.Key}' has no version {command.Version}.");
        if (definition.Status == DefinitionStatus.Retired)
            return Unit.Value;
        definition.Status = DefinitionStatus.Retired;
        definition.RetiredAt = time.GetUtcNow();
        definition.RetiredBy = command.Actor;
        return Unit.Value;
    }
}
