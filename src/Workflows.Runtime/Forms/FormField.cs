using System.Text.Json;

namespace Workflows.Runtime.Forms;

/// <summary>One input of a form-js schema with the rules its <c>validate</c> block declares.</summary>
public sealed record FormField(
    string Key,
    string Type,
    string? Subtype,
    bool Required,
    double? Min,
    double? Max,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? ValidationType,
    IReadOnlyList<JsonElement>? AllowedValues,
    IReadOnlyList<FormField>? ItemFields)
{
    /// <summary>The key's segments: form-js writes nested values for dotted keys and group paths.</summary>
    public string[] Path => Key.Split('.');
}
