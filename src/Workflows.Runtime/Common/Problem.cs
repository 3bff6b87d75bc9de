using System.Text.RegularExpressions;

namespace Workflows.Runtime.Common;

/// <summary>One problem of a request, keyed by the article it breaks (<c>art-28</c>) or the field it names (<c>amount</c>).</summary>
public sealed partial record Problem(string Key, string Message)
{
    /// <summary>The key of a problem that names no field or article.</summary>
    public const string RequestKey = "request";

    /// <summary>A problem whose message names its article in English (<c>(art. 28: …)</c>) is keyed by it.</summary>
    public static Problem From(string message) =>
        new(ArticleReference().Match(message) is { Success: true } match ? $"art-{match.Groups[1].Value}" : RequestKey, message);

    /// <summary>The messages by key, as <c>ValidationProblemDetails.errors</c> carries them.</summary>
    public static Dictionary<string, string[]> ByKey(IEnumerable<Problem> problems) =>
        problems.GroupBy(problem => problem.Key).ToDictionary(group => group.Key, group => group.Select(problem => problem.Message).ToArray());

    [GeneratedRegex(@"\(art\. (\d+)")]
    private static partial Regex ArticleReference();
}
