using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Jobs.RetryJob;

namespace Workflows.Runtime.Incidents.RetryIncident;

/// <summary>Re-runs the step an incident parked, optionally with corrected variables; an incident of a failed timer job
/// runs the job again.</summary>
public sealed record RetryIncident(Guid IncidentId, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Actor = null) : ICommand;

public sealed class RetryIncidentHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<RetryIncident>
{
    public async ValueTask<Unit> Handle(RetryIncident command, CancellationToken cancellationToken)
    {
        var incident = await db.Set<IncidentRecord>().FindAsync([command.IncidentId], cancellationToken)
            ?? throw NotFoundException.For("Incident", command.IncidentId);
        if (incident.Resolved)
            throw new ConflictException($"Incident {command.IncidentId} is already resolved.");
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(), Actor = command.Actor ?? "system", Action = AuditActions.IncidentRetried, Target = $"incident {incident.Id}",
            Detail = $"instance {incident.InstanceId}, {incident.ActivityId}",
        });
        if (await db.Set<JobRecord>().FindAsync([incident.Id], cancellationToken) is { Status: JobStatus.Failed } job)
        {
            await FailedJobRetry.ResetAsync(db, job, time.GetUtcNow(), command.Actor, cancellationToken);
            return Unit.Value;
        }

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
