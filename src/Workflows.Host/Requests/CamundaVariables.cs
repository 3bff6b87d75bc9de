using System.Text.Json;
using Workflows.Host.Endpoints;
using Workflows.Runtime.Common;

namespace Workflows.Host.Requests;

/// <summary>
/// Camunda's typed variable shape (<c>{"amount": {"value": 120, "type": "Long"}}</c>) to and from the plain JSON values
/// the engine keeps. Objects and arrays travel as type <c>Json</c> with the value itself; a <c>Json</c> value sent as a
/// string (as Camunda's clients serialise it) is parsed.
/// </summary>
public static class CamundaVariables
{
    public static Dictionary<string, ExternalTaskEndpoints.TypedValue> ToTyped(IReadOnlyDictionary<string, JsonElement> variables) =>
        variables.ToDictionary(variable => variable.Key, variable => new ExternalTaskEndpoints.TypedValue(variable.Value, TypeOf(variable.Value)), StringComparer.Ordinal);

    /// <summary>The plain values; 400 keyed <c>variables.NAME</c> for a <c>Json</c> string that does not parse.</summary>
    public static Dictionary<string, JsonElement>? FromTyped(Dictionary<string, ExternalTaskEndpoints.TypedValue>? variables)
    {
        if (variables is null)
        {
            return null;
        }

        var problems = new List<Problem>();
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, typed) in variables)
        {
            var value = typed?.Value ?? JsonSerializer.SerializeToElement<object?>(null);
            if (string.Equals(typed?.Type, "Json", StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.String)
            {
                try
                {
                    value = JsonDocument.Parse(value.GetString()!).RootElement.Clone();
                }
                catch (JsonException)
                {
                    problems.Add(new Problem($"variables.{name}", "类型为 Json 的值不是有效的 JSON (a Json value that is not valid JSON)"));
                }
            }

            values[name] = value;
        }

        return problems.Count > 0 ? throw new InvalidRequestException(problems) : values;
    }

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "String",
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "Long" : "Double",
        JsonValueKind.Null or JsonValueKind.Undefined => "Null",
        _ => "Json",
    };
}
