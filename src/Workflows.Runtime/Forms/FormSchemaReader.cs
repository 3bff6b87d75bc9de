using System.Text.Json;

namespace Workflows.Runtime.Forms;

/// <summary>Reads the input fields out of a form-js schema (nested groups and dynamic lists included).</summary>
public static class FormSchemaReader
{
    /// <summary>The component types that carry a submitted value.</summary>
    public static readonly IReadOnlySet<string> InputTypes = new HashSet<string>(
        ["textfield", "textarea", "number", "checkbox", "checklist", "taglist", "radio", "select", "datetime"], StringComparer.Ordinal);

    public static IReadOnlyList<FormField> Read(JsonElement schema) => ReadComponents(schema, prefix: "");

    private static List<FormField> ReadComponents(JsonElement container, string prefix)
    {
        var fields = new List<FormField>();
        if (!container.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            return fields;
        }

        foreach (var component in components.EnumerateArray())
        {
            var type = StringOf(component, "type") ?? "";
            if (type is "group" or "dynamiclist")
            {
                var path = StringOf(component, "path");
                var nestedPrefix = string.IsNullOrEmpty(path) ? prefix : $"{prefix}{path}.";
                if (type == "group")
                {
                    fields.AddRange(ReadComponents(component, nestedPrefix));
                }
                else if (!string.IsNullOrEmpty(path))
                {
                    fields.Add(ListField(component, prefix + path));
                }
            }
            else if (InputTypes.Contains(type) && StringOf(component, "key") is { Length: > 0 } key)
            {
                fields.Add(InputField(component, type, prefix + key));
            }
        }

        return fields;
    }

    private static FormField ListField(JsonElement component, string key) =>
        new(key, "dynamiclist", null, false, null, null, null, null, null, null, null, ReadComponents(component, ""));

    private static FormField InputField(JsonElement component, string type, string key)
    {
        var validate = component.TryGetProperty("validate", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        // A field that is hidden, read-only or disabled under some condition cannot be demanded from the user.
        var conditional = component.TryGetProperty("conditional", out _) || IsTrue(component, "readonly") || IsTrue(component, "disabled");
        return new FormField(
            key,
            type,
            StringOf(component, "subtype"),
            Required: !conditional && IsTrue(validate, "required"),
            Min: NumberOf(validate, "min"),
            Max: NumberOf(validate, "max"),
            MinLength: (int?)NumberOf(validate, "minLength"),
            MaxLength: (int?)NumberOf(validate, "maxLength"),
            Pattern: StringOf(validate, "pattern"),
            ValidationType: StringOf(validate, "validationType"),
            AllowedValues: StaticValues(component),
            ItemFields: null);
    }

    private static List<JsonElement>? StaticValues(JsonElement component) =>
        component.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Where(option => option.ValueKind == JsonValueKind.Object && option.TryGetProperty("value", out _))
                .Select(option => option.GetProperty("value").Clone()).ToList()
            : null;

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static double? NumberOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    private static bool IsTrue(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
