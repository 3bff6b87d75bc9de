using System.Text.Json;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Forms;

/// <summary>
/// What a form-js schema must be before it is stored: a JSON object with components of the types the task page
/// renders and the server validates (<see cref="FormSchemaReader"/>), each input with a key, no key twice in one scope.
/// </summary>
public static class FormSchemaCheck
{
    /// <summary>The key of every schema problem: the schema is one field of the request.</summary>
    public const string ProblemKey = "schema";

    /// <summary>Shown, not submitted: they hold no value the server would have to check.</summary>
    private static readonly HashSet<string> DisplayTypes = ["text", "spacer", "separator"];

    public static IReadOnlyList<Problem> Check(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return [Of($"表单不是有效的 JSON（第 {(exception.LineNumber ?? 0) + 1} 行） (invalid JSON at line {(exception.LineNumber ?? 0) + 1}: {exception.Message})")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return [Of("表单必须是 JSON 对象 (a form schema must be a JSON object)")];
            if (!root.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
                return [Of("表单缺少组件列表 (a form schema needs a \"components\" array)")];
            var problems = new List<Problem>();
            CheckComponents(components, prefix: "", new HashSet<string>(StringComparer.Ordinal), problems);
            return problems;
        }
    }

    private static void CheckComponents(JsonElement components, string prefix, HashSet<string> keys, List<Problem> problems)
    {
        var index = 0;
        foreach (var component in components.EnumerateArray())
        {
            var name = $"{prefix}components[{index++}]";
            if (component.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Of($"{name} 不是对象 ({name} is not an object)"));
                continue;
            }

            var type = StringOf(component, "type") ?? "";
            var id = StringOf(component, "id") is { } componentId ? $"{name} ({componentId})" : name;
            if (type is "group" or "dynamiclist")
                CheckContainer(component, type, id, prefix, keys, problems);
            else if (FormSchemaReader.InputTypes.Contains(type))
                CheckKey(StringOf(component, "key"), id, prefix, keys, problems);
            else if (!DisplayTypes.Contains(type))
                problems.Add(Of($"{id}：不支持的组件类型“{type}” ({id}: unsupported component type '{type}'; supported: {Supported})"));
        }
    }

    private static void CheckContainer(JsonElement component, string type, string id, string prefix, HashSet<string> keys, List<Problem> problems)
    {
        var path = StringOf(component, "path");
        var nested = component.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array ? children : default;
        if (type == "dynamiclist")
        {
            // A list is one value (an array of objects); its items are a scope of their own.
            if (CheckKey(path, id, prefix, keys, problems) && nested.ValueKind == JsonValueKind.Array)
                CheckComponents(nested, $"{prefix}{path}[].", new HashSet<string>(StringComparer.Ordinal), problems);
            return;
        }

        if (nested.ValueKind == JsonValueKind.Array)
            CheckComponents(nested, string.IsNullOrEmpty(path) ? prefix : $"{prefix}{path}.", keys, problems);
    }

    private static bool CheckKey(string? key, string id, string prefix, HashSet<string> keys, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            problems.Add(Of($"{id}：输入组件缺少键 ({id}: an input needs a key)"));
            return false;
        }

        if (!keys.Add(prefix + key))
        {
            problems.Add(Of($"键“{prefix}{key}”重复 (the key '{prefix}{key}' is used twice)"));
            return false;
        }

        return true;
    }

    /// <summary>Every component type a stored schema may use: what the form editor's palette offers.</summary>
    public static readonly IReadOnlyList<string> SupportedTypes =
        [.. FormSchemaReader.InputTypes.Concat(DisplayTypes).Append("group").Append("dynamiclist").Order(StringComparer.Ordinal)];

    private static string Supported => string.Join(", ", SupportedTypes);

    private static Problem Of(string message) => new(ProblemKey, message);

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
