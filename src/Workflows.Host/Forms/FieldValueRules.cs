using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Runtime.Forms;

namespace Workflows.Host.Forms;

/// <summary>Checks one submitted value against its field's type and constraints, as form-js does in the browser.</summary>
public static class FieldValueRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    // form-js's own email check, stated as .NET regex.
    private static readonly Regex Email = new(@"^[\w\-\.+]+@([\w-]+\.)+[\w-]{2,}$", RegexOptions.None, PatternTimeout);

    private static readonly Regex Phone = new(@"^\+?[0-9][0-9 \-()]{4,19}$", RegexOptions.None, PatternTimeout);

    public static IEnumerable<string> Check(FormField field, JsonElement value) => field.Type switch
    {
        "number" => CheckNumber(field, value),
        "checkbox" => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? [] : ["必须是布尔值 (must be true or false)"],
        "checklist" or "taglist" => CheckList(field, value),
        "radio" or "select" => CheckOption(field, value),
        "datetime" => CheckDate(field, value),
        _ => CheckText(field, value),
    };

    public static bool IsEmpty(JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
        || (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length == 0)
        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);

    private static IEnumerable<string> CheckNumber(FormField field, JsonElement value)
    {
        double number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            number = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String
                 || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            yield return "必须是数字 (must be a number)";
            yield break;
        }

        if (number < field.Min)
        {
            yield return $"不能小于 {field.Min} (must be at least {field.Min})";
        }

        if (number > field.Max)
        {
            yield return $"不能大于 {field.Max} (must be at most {field.Max})";
        }
    }

    private static IEnumerable<string> CheckText(FormField field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return ["必须是文本 (must be text)"];
        }

        var text = value.GetString()!;
        var errors = new List<string>();
        if (text.Length < field.MinLength)
        {
            errors.Add($"至少 {field.MinLength} 个字符 (at least {field.MinLength} characters)");
        }

        if (text.Length > field.MaxLength)
        {
            errors.Add($"最多 {field.MaxLength} 个字符 (at most {field.MaxLength} characters)");
        }

        errors.AddRange(CheckPattern(field, text));
        return errors;
    }

    private static IEnumerable<string> CheckPattern(FormField field, string text)
    {
        if (field.ValidationType == "email" && !Email.IsMatch(text))
        {
            yield return "邮箱格式不正确 (not a valid email address)";
        }
        else if (field.ValidationType == "phone" && !Phone.IsMatch(text))
        {
            yield return "电话号码格式不正确 (not a valid phone number)";
        }
        else if (!string.IsNullOrEmpty(field.Pattern) && !MatchesWholly(field.Pattern, text))
        {
            yield return $"格式不符合 {field.Pattern} (must match {field.Pattern})";
        }
    }

    // form-js anchors custom patterns to the whole value; a pathological pattern counts as a mismatch, never a hang.
    private static bool MatchesWholly(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout);
        }
        catch (Exception exception) when (exception is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static IEnumerable<string> CheckOption(FormField field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return ["必须是单个选项 (must be a single option)"];
        }

        return IsAllowed(field, value) ? [] : ["不是可选的值 (not one of the options)"];
    }

    private static IEnumerable<string> CheckList(FormField field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return ["必须是列表 (must be a list)"];
        }

        return value.EnumerateArray().All(item => IsAllowed(field, item)) ? [] : ["包含不可选的值 (contains a value that is not an option)"];
    }

    private static bool IsAllowed(FormField field, JsonElement value) =>
        field.AllowedValues is null || field.AllowedValues.Any(allowed => JsonElement.DeepEquals(allowed, value));

    private static IEnumerable<string> CheckDate(FormField field, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        var valid = field.Subtype switch
        {
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "time" => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out _),
            _ => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        };
        return valid ? [] : ["日期/时间格式不正确 (not a valid date or time)"];
    }
}
