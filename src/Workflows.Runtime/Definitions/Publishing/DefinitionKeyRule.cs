using System.Text.RegularExpressions;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>A definition key is the BPMN process id: an XML name kept short enough to index.</summary>
public static partial class DefinitionKeyRule
{
    public static IEnumerable<string> Check(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
            yield return "The definition key is empty.";
        else if (key.Length > 200 || !KeyPattern().IsMatch(key))
            yield return $"The definition key '{key}' is not a valid process id (letters, digits, '-', '_', '.'; at most 200).";
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex KeyPattern();
}
