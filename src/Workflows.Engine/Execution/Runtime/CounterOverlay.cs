using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>The counters a completion condition would see once the iteration counts as completed,
/// without writing them (a failing condition must leave the body untouched for the retry).</summary>
internal sealed class CounterOverlay(IVariableSource inner, int completed, int active) : IVariableSource
{
    public bool TryGetVariable(string name, out JsonElement value)
    {
        switch (name)
        {
            case LoopVariables.NrOfCompletedInstances:
                value = JsonSerializer.SerializeToElement(completed);
                return true;
            case LoopVariables.NrOfActiveInstances:
                value = JsonSerializer.SerializeToElement(active);
                return true;
            default:
                return inner.TryGetVariable(name, out value);
        }
    }
}
