using System.Text.Json;

namespace Workflows.Engine.Execution;

/// <summary>A named .NET handler a service task is bound to (<c>camunda:delegateExpression="${name}"</c>).</summary>
public interface IServiceTaskHandler
{
    string Name { get; }

    ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken);
}

/// <summary>Runs service tasks. Throwing parks the execution with an incident;
/// throwing <see cref="BpmnErrorException"/> is caught by an error boundary event.</summary>
public interface IServiceTaskDispatcher
{
    bool HasHandler(string name);

    ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken);
}

/// <param name="visibleVariables">The variables as seen from the task's execution (multi-instance element
/// variables and other locals over the instance's), as Camunda's <c>execution.getVariable</c> sees them;
/// null for the instance's variables alone.</param>
/// <param name="triggeredBy">The actor of the command that moved the instance to this task (the user who
/// completed the task before it); null when a timer did.</param>
public sealed class ServiceTaskContext(ProcessInstance instance, string activityId, string handlerName,
    IReadOnlyDictionary<string, JsonElement>? visibleVariables = null, string? triggeredBy = null)
{
    public Guid InstanceId => instance.Id;
    public string? BusinessKey => instance.BusinessKey;
    public string DefinitionKey => instance.DefinitionKey;
    public string ActivityId { get; } = activityId;
    public string HandlerName { get; } = handlerName;
    public string? TriggeredBy { get; } = triggeredBy;
    public IReadOnlyDictionary<string, JsonElement> Variables => visibleVariables ?? instance.Variables;

    /// <summary>Variables the handler sets; the engine applies them (with history) when the handler returns.</summary>
    public Dictionary<string, JsonElement> Output { get; } = new(StringComparer.Ordinal);

    public void SetVariable<T>(string name, T value) => Output[name] = JsonSerializer.SerializeToElement(value);
}

/// <summary>A business error a handler throws on purpose; caught by a matching error boundary event.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null)
    : Exception(message ?? $"BPMN error '{errorCode}'.")
{
    public string ErrorCode { get; } = errorCode;

    /// <summary>The message the handler gave, kept in the history with the code; null when it gave none.</summary>
    public string? Detail { get; } = message;
}
