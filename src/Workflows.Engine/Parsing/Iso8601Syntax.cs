using System.Globalization;
using System.Text.RegularExpressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Parsing;

/// <summary>Checks timer values: a date-time (<c>2026-01-01T00:00:00Z</c>), a duration (<c>P5D</c>, <c>PT1H</c>)
/// or a repeating interval (<c>R3/PT1H</c>, <c>R/P1Y</c>, <c>R2/2026-01-01T09:00:00Z/P1D</c>).</summary>
internal static partial class Iso8601Syntax
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    public static bool IsValid(TimerKind kind, string text) => kind switch
    {
        TimerKind.Date => IsDate(text),
        TimerKind.Duration => IsDuration(text),
        _ => IsCycle(text),
    };

    public static bool IsDate(string text) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    public static bool IsDuration(string text) => DurationPattern().IsMatch(text);

    private static bool IsCycle(string text)
    {
        var parts = text.Split('/');
        if (!RepeatPattern().IsMatch(parts[0]))
            return false;
        return parts.Length switch
        {
            2 => IsDuration(parts[1]),
            3 => IsDate(parts[1]) && IsDuration(parts[2]),
            _ => false,
        };
    }

    [GeneratedRegex(@"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^R\d*$", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatPattern();
}
