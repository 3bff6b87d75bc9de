using System.Text.Json;

namespace Workflows.Engine.Tests.Execution.Support;

internal static class Vars
{
    /// <summary>The properties of an anonymous object as engine variables.</summary>
    public static Dictionary<string, JsonElement> Of(object values)
    {
        var element = JsonSerializer.SerializeToElement(values);
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            variables[property.Name] = property.Value.Clone();
        return variables;
    }
}
