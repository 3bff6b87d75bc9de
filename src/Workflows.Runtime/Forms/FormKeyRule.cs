using System.Text.RegularExpressions;

namespace Workflows.Runtime.Forms;

/// <summary>A form key is what <c>camunda:formKey</c> holds and a file name under <c>workflows/forms/</c>.</summary>
public static partial class FormKeyRule
{
    public static IEnumerable<string> Check(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
            yield return "表单键为空 (the form key is empty)";
        else if (key.Length > 200 || !KeyPattern().IsMatch(key))
            yield return $"表单键“{key}”无效 (the form key '{key}' is not valid: letters, digits, '-', '_', '.'; at most 200)";
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex KeyPattern();
}
