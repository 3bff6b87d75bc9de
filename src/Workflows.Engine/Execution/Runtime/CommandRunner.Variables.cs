using System.Text.Json;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Variable writes with history: a variable lands in the innermost scope that already holds it,
/// else on the instance (Camunda's propagation rule).</summary>
internal sealed partial class CommandRunner
{
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
