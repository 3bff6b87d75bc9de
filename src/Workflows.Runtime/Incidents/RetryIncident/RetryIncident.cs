using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Incidents.RetryIncident;

/// <summary>Re-runs the step an incident parked, optionally with corrected variables.</summary>
public sealed record RetryIncident(Guid IncidentId, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Actor = null) : ICommand;

public sealed class RetryIncidentHandler(WorkflowsDbContext db, EngineRunner runner) : ICommandHandler<RetryIncident>
{
    public async ValueTask<Unit> Handle(RetryIncident command, CancellationToken cancellationToken)
    {
        var incident = await db.Set<IncidentRecord>().FindAsync([command.IncidentId], cancellationToken)
            ?? throw NotFoundException.For("Incident", command.IncidentId);
        if (incident.Resolved)
            throw new ConflictException($"Incident {command.IncidentId} is already resolved.");
        var session = runner.NewSession();
        var instance = await session.LoadAsync(incident.InstanceId, cancellationToken);
        await runner.RunAsync(session,
            engine => engine.RetryIncidentAsync(session, instance, command.IncidentId, command.Variables, command.Actor, cancellationToken),
            cancellationToken);
        if (incident.Resolved)
            incident.ResolvedBy = command.Actor;
        return Unit.Value;
    }
}
