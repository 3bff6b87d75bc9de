using System.Text.Json;
using Workflows.Runtime.Forms;

namespace Workflows.Host.Forms;

/// <summary>
/// Validates the variables submitted with a task against the task's form-js schema: the server repeats the
/// browser's checks because API clients never run the browser's.
/// </summary>
public static class FormValidator
{
    /// <summary>Errors keyed by field key (nested list items as <c>list[0].field</c>); empty when valid.</summary>
    public static IDictionary<string, string[]> Validate(JsonElement schema, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var fields = FormSchemaReader.Read(schema);
        var errors = new Dictionary<string, string[]>();
        foreach (var name in variables.Keys.Where(name => !fields.Any(field => field.Path[0] == name)))
        {
            // Only the form's fields may be written: anything else could overwrite variables the process relies on.
            errors[name] = ["不是此表单的字段 (not a field of this form)"];
        }

        CheckFields(fields, name => variables.TryGetValue(name, out var value) ? value : default, prefix: "", errors);
        return errors;
    }

    private static void CheckFields(
        IReadOnlyList<FormField> fields, Func<string, JsonElement> topLevel, string prefix, Dictionary<string, string[]> errors)
    {
        foreach (var field in fields)
        {
            var value = Resolve(topLevel(field.Path[0]), field.Path.Skip(1));
            var errorKey = prefix + field.Key;
            if (FieldValueRules.IsEmpty(value))
            {
                if (field.Required)
                {
                    errors[errorKey] = ["必填 (required)"];
                }

                continue;
            }

            if (field.ItemFields is not null)
            {
                CheckListItems(field, value, errorKey, errors);
                continue;
            }

            var messages = FieldValueRules.Check(field, value).ToArray();
            if (messages.Length > 0)
            {
                errors[errorKey] = messages;
            }
        }
    }

    private static void CheckListItems(FormField list, JsonElement value, string errorKey, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object))
        {
            errors[errorKey] = ["必须是对象列表 (must be a list of objects)"];
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            CheckFields(list.ItemFields!, name => item.TryGetProperty(name, out var member) ? member : default, $"{errorKey}[{index++}].", errors);
        }
    }

    private static JsonElement Resolve(JsonElement value, IEnumerable<string> remainingPath)
    {
        foreach (var segment in remainingPath)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(segment, out value))
            {
                return default;
            }
        }

        return value;
    }
}
