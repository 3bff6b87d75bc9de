using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Incidents.Notification;

/// <summary>Hooks the incident mail into the engine's event projection, so it commits with the incident row.</summary>
internal sealed class IncidentMailObserver(WorkflowsDbContext db, IncidentMailer mailer) : IEngineEventObserver
{
    public async ValueTask OnEventAsync(EngineEvent engineEvent, ProcessInstance instance, CancellationToken cancellationToken)
    {
        if (engineEvent is not IncidentRaised raised)
            return;
        // The projector added the row just before the observers run.
        var incident = await db.Set<IncidentRecord>().FindAsync([raised.Incident.Id], cancellationToken)
            ?? throw new InvalidOperationException($"The incident row {raised.Incident.Id} is missing.");
        await mailer.TellAsync(incident, instance.DefinitionKey, instance.DefinitionVersion, instance.BusinessKey, cancellationToken);
    }
}
