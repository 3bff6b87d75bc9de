using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Runtime.Timers.StartTimers;

/// <summary>
/// An ISO 8601 repeating interval of a timer start event: <c>R/P1Y</c> (every year from publication),
/// <c>R/2027-01-15T09:00:00+08:00/P1Y</c> (from a first date) or <c>R3/…</c> (three times).
/// </summary>
public sealed partial record TimerCycle(int? Repetitions, DateTimeOffset? Start, int Years, int Months, int Days, TimeSpan Time)
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    public static TimerCycle? TryParse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length is not (2 or 3) || !parts[0].StartsWith('R'))
            return null;
        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
                return null;
            repetitions = count;
        }
        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                return null;
            start = first;
        }
        var duration = DurationPattern().Match(parts[^1]);
        if (!duration.Success || parts[^1] is "P" or "PT")
            return null;
        var cycle = new TimerCycle(repetitions, start, Part(duration, 1), Part(duration, 2), Part(duration, 3) * 7 + Part(duration, 4),
            new TimeSpan(Part(duration, 5), Part(duration, 6), Part(duration, 7)));
        return cycle.IsEmpty ? null : cycle;
    }

    /// <summary>The first occurrence after <paramref name="now"/>: the start date (or a later step from it), else one interval from now.</summary>
    public DateTimeOffset FirstAfter(DateTimeOffset now)
    {
        var next = Start ?? Step(now);
        while (next <= now)
            next = Step(next);
        return next;
    }

    public DateTimeOffset Step(DateTimeOffset from) => from.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    /// <summary>The cycle that is left after one firing: <c>R3/…</c> becomes <c>R2/…</c>; null when the last one fired.</summary>
    public string? RemainderAfterOneFiring(string expression) => Repetitions switch
    {
        null => expression,
        1 => null,
        { } count => $"R{count - 1}{expression.Trim()[expression.Trim().IndexOf('/')..]}",
    };

    private bool IsEmpty => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    private static int Part(Match match, int group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
}
