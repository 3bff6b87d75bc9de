namespace Workflows.Engine.Execution.Runtime;

/// <summary>Parking an execution where it failed, and retrying it from the failed step.</summary>
internal sealed partial class CommandRunner
{
    private void RaiseIncident(InstanceRun run, Execution execution, ExecutionStep failedStep, string message)
    {
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(Now),
            ExecutionId = execution.Id,
            ActivityId = execution.ActivityId,
            Message = message,
            CreatedAt = Now,
            RaisedBy = Actor,
        };
        run.Instance.Incidents.Add(incident);
        execution.State = ExecutionState.Failed;
        execution.InTransit = false;
        execution.IncidentId = incident.Id;
        execution.FailedStep = failedStep;
        Emit(new IncidentRaised(run.Instance.Id, Now, incident));
    }

    private void ResolveIncident(InstanceRun run, Guid incidentId)
    {
        run.Instance.Incidents.RemoveAll(incident => incident.Id == incidentId);
        Emit(new IncidentResolved(run.Instance.Id, Now, incidentId));
    }

    public void Retry(InstanceRun run, Incident incident)
    {
        var execution = run.Find(incident.ExecutionId)
            ?? throw new EngineException($"Incident {incident.Id} refers to an execution that no longer exists.");
        ResolveIncident(run, incident.Id);
        execution.IncidentId = null;
        execution.State = ExecutionState.Active;
        var step = execution.FailedStep switch
        {
            ExecutionStep.Begin => AgendaStep.Begin,
            ExecutionStep.Execute => AgendaStep.Execute,
            _ => AgendaStep.Leave,
        };
        Schedule(step, run, execution, run.Model.Node(execution.ActivityId));
    }
}
