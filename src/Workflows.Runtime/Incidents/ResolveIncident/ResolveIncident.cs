using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Incidents.ResolveIncident;

/// <summary>
/// Closes the incident of a failed timer job without running it again (the admin handled the matter by hand), with a
/// note saying how. An execution the engine parked is never resolved this way: it would wait forever, so it is
/// retried or its instance cancelled.
/// </summary>
public sealed record ResolveIncident(Guid IncidentId, string? Note, string? Actor = null) : ICommand;

public sealed class ResolveIncidentHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<ResolveIncident>
{
    public const int MaxNoteLength = 2000;

    public async ValueTask<Unit> Handle(ResolveIncident command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Note) || command.Note.Length > MaxNoteLength)
            throw new InvalidRequestException([new Problem("note", $"请说明如何处理了此故障（最多 {MaxNoteLength} 字） (say how the incident was handled, at most {MaxNoteLength} characters)")]);
        var incident = await db.Set<IncidentRecord>().FindAsync([command.IncidentId], cancellationToken)
            ?? throw NotFoundException.For("Incident", command.IncidentId);
        if (incident.Resolved)
            throw new ConflictException(new Problem("incident", "此故障已解决 (the incident is already resolved)"));
        if (await db.Set<JobRecord>().FindAsync([incident.Id], cancellationToken) is null)
            throw new ConflictException(new Problem("incident", "流程仍停在此步骤，请重试或取消实例 (the execution still waits at this step: retry the incident or cancel the instance)"));
        incident.Resolved = true;
        incident.ResolvedAt = time.GetUtcNow();
        incident.ResolvedBy = command.Actor;
        incident.ResolutionNote = command.Note.Trim();
        db.Add(new AuditEntry
        {
            At = incident.ResolvedAt.Value, Actor = command.Actor ?? "system", Action = AuditActions.IncidentResolved, Target = $"incident {incident.Id}",
            Detail = incident.ResolutionNote,
        });
        return Unit.Value;
    }
}
