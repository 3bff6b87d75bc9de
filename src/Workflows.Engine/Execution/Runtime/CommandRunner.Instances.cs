using System.Text.Json;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Creating and starting instances: by a start command or by a call activity.</summary>
internal sealed partial class CommandRunner
{
    public ProcessInstance NewInstance(ExecutableDefinition definition, string? businessKey) => new()
    {
        Id = Guid.CreateVersion7(Now),
        DefinitionId = definition.Id,
        DefinitionKey = definition.Key,
        DefinitionVersion = definition.Version,
        BusinessKey = businessKey,
        Status = InstanceStatus.Running,
        StartedAt = Now,
    };

    /// <summary>The root scope and one token at the start event; the start event runs when the agenda drains.</summary>
    public void StartInstance(InstanceRun run, IReadOnlyDictionary<string, JsonElement>? variables, string? startEventId = null)
    {
        var startEvent = startEventId is null ? run.Plan.StartEventOf(run.Model) : run.Plan.TopLevelStartEvent(startEventId);
        Emit(new InstanceStarted(run.Instance.Id, Now, Actor));
        SetVariables(run, null, variables);
        var root = NewExecution(run, null, ExecutionState.Scope);
        root.ActivityId = run.Model.Id;
        var token = NewExecution(run, root, ExecutionState.Active);
        MoveTo(run, token, startEvent, viaFlow: null);
    }
}
