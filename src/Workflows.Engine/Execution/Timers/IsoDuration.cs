using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Execution.Timers;

/// <summary>An ISO 8601 duration (<c>P1Y2M3W4DT5H6M7S</c>) kept in its calendar parts, so months and
/// working days are added as such rather than as a fixed number of seconds.</summary>
internal readonly partial record struct IsoDuration(int Years, int Months, int Weeks, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out IsoDuration duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim() is "P" or "PT" || text.TrimEnd().EndsWith('T'))
            return false;
        duration = new IsoDuration(
            Part(match, 1), Part(match, 2), Part(match, 3), Part(match, 4),
            TimeSpan.FromHours(Part(match, 5)) + TimeSpan.FromMinutes(Part(match, 6)) + TimeSpan.FromSeconds(Seconds(match)));
        return true;
    }

    /// <summary>Adds the duration to a local date-time; the day parts as calendar days.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7 + Days).Add(Time);

    private static int Part(Match match, int group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static double Seconds(Match match) =>
        match.Groups[7].Success ? double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
}
