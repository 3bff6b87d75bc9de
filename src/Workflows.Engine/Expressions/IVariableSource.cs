using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>Where an expression reads its variables from (process variables, local loop variables).</summary>
public interface IVariableSource
{
    bool TryGetVariable(string name, out JsonElement value);
}
