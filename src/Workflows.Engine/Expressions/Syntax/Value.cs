using System.Text.Json;

namespace Workflows.Engine.Expressions.Syntax;

/// <summary>
/// An intermediate result. A struct so that evaluating a condition over booleans and numbers
/// allocates nothing; objects and arrays stay <see cref="JsonElement"/>s.
/// </summary>
internal readonly struct Value
{
    public static readonly Value Null = default;
    public static readonly Value True = new(ValueKind.Boolean, true, 0, null, default);
    public static readonly Value False = new(ValueKind.Boolean, false, 0, null, default);

    private Value(ValueKind kind, bool boolean, decimal number, string? text, JsonElement json)
    {
        Kind = kind;
        Boolean = boolean;
        Number = number;
        Text = text;
        Json = json;
    }

    public ValueKind Kind { get; }
    public bool Boolean { get; }
    public decimal Number { get; }
    public string? Text { get; }

    /// <summary>The object or array when <see cref="Kind"/> is <see cref="ValueKind.Json"/>.</summary>
    public JsonElement Json { get; }

    public static Value FromBoolean(bool value) => value ? True : False;

    public static Value FromNumber(decimal value) => new(ValueKind.Number, false, value, null, default);

    public static Value FromString(string value) => new(ValueKind.String, false, 0, value, default);

    public static Value FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.String => FromString(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? FromNumber(number)
            : throw new ExpressionEvaluationException($"number {element.GetRawText()} is out of range"),
        JsonValueKind.Object or JsonValueKind.Array => new(ValueKind.Json, false, 0, null, element),
        _ => Null,
    };

    public string Describe() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Boolean => "boolean",
        ValueKind.Number => "number",
        ValueKind.String => "string",
        _ => Json.ValueKind == JsonValueKind.Array ? "array" : "object",
    };
}
