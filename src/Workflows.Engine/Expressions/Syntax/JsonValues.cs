using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>Turns an intermediate <see cref="Value"/> back into the <see cref="JsonElement"/> the contract returns.</summary>
internal static class JsonValues
{
    private static readonly JsonElement NullElement = Parse("null");
    private static readonly JsonElement TrueElement = Parse("true");
    private static readonly JsonElement FalseElement = Parse("false");

    public static JsonElement ToJson(Value value) => value.Kind switch
    {
        ValueKind.Null => NullElement,
        ValueKind.Boolean => value.Boolean ? TrueElement : FalseElement,
        ValueKind.Number => JsonSerializer.SerializeToElement(value.Number),
        ValueKind.String => JsonSerializer.SerializeToElement(value.Text),
        _ => value.Json,
    };

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
