using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>The variables visible from an execution: its own locals, those of its enclosing scopes, then the instance's.</summary>
internal sealed class VariableScope(InstanceRun run, Execution execution) : IVariableSource
{
    public bool TryGetVariable(string name, out JsonElement value)
    {
        for (var current = execution; current is not null; current = run.ParentOf(current))
        {
            if (current.Variables is { } locals && locals.TryGetValue(name, out value))
                return true;
        }
        return run.Instance.Variables.TryGetValue(name, out value);
    }

    /// <summary>Every visible variable, inner scopes winning; what <c>variables="all"</c> passes to a called instance.</summary>
    public Dictionary<string, JsonElement> Flatten()
    {
        var all = new Dictionary<string, JsonElement>(run.Instance.Variables, StringComparer.Ordinal);
        var chain = new Stack<Execution>();
        for (var current = execution; current is not null; current = run.ParentOf(current))
            chain.Push(current);
        foreach (var scope in chain)
        {
            if (scope.Variables is null)
                continue;
            foreach (var (name, value) in scope.Variables)
                all[name] = value;
        }
        return all;
    }
}
