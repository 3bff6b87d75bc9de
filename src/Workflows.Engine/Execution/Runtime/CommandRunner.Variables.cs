using System.Runtime.InteropServices;
using System.Text.Json;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Variable writes with history: a variable lands in the innermost scope that already holds it,
/// else on the instance (Camunda's propagation rule).</summary>
internal sealed partial class CommandRunner
{
    /// <summary>Variables a request sets (not the engine's own writes): within the limits per command and per instance.</summary>
    public void SetRequestVariables(InstanceRun run, Execution? execution, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        CheckRequestVariables(variables);
        SetVariables(run, execution, variables);
        CheckInstanceVariables(run);
    }

    public void CheckRequestVariables(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null)
            return;
        var limits = services.Limits;
        if (variables.Count > limits.MaxVariablesPerCommand)
            throw new VariableLimitException($"{variables.Count} variables in one request: at most {limits.MaxVariablesPerCommand} are allowed.");
        foreach (var (name, value) in variables)
        {
            if (SizeOf(value) > limits.MaxVariableBytes)
                throw new VariableLimitException($"Variable '{name}' is larger than the limit of {limits.MaxVariableBytes} bytes.");
        }
    }

    public void CheckInstanceVariables(InstanceRun run)
    {
        var limits = services.Limits;
        var (count, bytes) = Measure(run.Instance.Variables);
        foreach (var execution in run.Executions)
        {
            if (execution.Variables is { } locals)
            {
                var (localCount, localBytes) = Measure(locals);
                count += localCount;
                bytes += localBytes;
            }
        }
        if (count > limits.MaxVariablesPerInstance)
            throw new VariableLimitException($"The instance would hold {count} variables: at most {limits.MaxVariablesPerInstance} are allowed.");
        if (bytes > limits.MaxInstanceVariableBytes)
            throw new VariableLimitException($"The instance's variables would take {bytes} bytes: at most {limits.MaxInstanceVariableBytes} are allowed.");
    }

    private static (int Count, long Bytes) Measure(Dictionary<string, JsonElement> variables)
    {
        long bytes = 0;
        foreach (var value in variables.Values)
            bytes += SizeOf(value);
        return (variables.Count, bytes);
    }

    private static int SizeOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Undefined ? 0 : JsonMarshal.GetRawUtf8Value(value).Length;

    public void SetVariables(InstanceRun run, Execution? execution, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null)
            return;
        foreach (var (name, value) in variables)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
                throw new EngineException($"Variable '{name}' has no value.");
        }
        foreach (var (name, value) in variables)
            SetVariable(run, execution, name, value);
    }

    private void SetVariable(InstanceRun run, Execution? execution, string name, JsonElement value)
    {
        var target = ScopeHolding(run, execution, name) ?? run.Instance.Variables;
        JsonElement? oldValue = target.TryGetValue(name, out var existing) ? existing : null;
        var stored = value.Clone();
        target[name] = stored;
        Emit(new VariableChanged(run.Instance.Id, Now, name, oldValue, stored, Actor));
    }

    private static Dictionary<string, JsonElement>? ScopeHolding(InstanceRun run, Execution? execution, string name)
    {
        for (var current = execution; current is not null; current = run.ParentOf(current))
        {
            if (current.Variables is { } locals && locals.ContainsKey(name))
                return locals;
        }
        return null;
    }
}
