using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Execution.Runtime;

/// <summary>Variables held in a plain dictionary (a called instance's, once it has ended).</summary>
internal sealed class DictionaryVariables(IReadOnlyDictionary<string, JsonElement> variables) : IVariableSource
{
    public bool TryGetVariable(string name, out JsonElement value) => variables.TryGetValue(name, out value);
}
