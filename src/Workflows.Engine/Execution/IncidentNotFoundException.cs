namespace Workflows.Engine.Execution;

/// <summary>No open incident with this id on the instance (already retried or resolved).</summary>
public sealed class IncidentNotFoundException(Guid incidentId)
    : EngineException($"Incident {incidentId} is not open on this instance.")
{
    public Guid IncidentId { get; } = incidentId;
}
