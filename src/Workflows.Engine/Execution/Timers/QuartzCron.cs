using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;
using Workflows.Engine.Execution.Runtime;

namespace Workflows.Engine.Execution.Timers;

/// <summary>
/// A timer cycle in Camunda's cron form, Quartz syntax: seconds, minutes, hours, day of month, month, day of
/// week and an optional year (<c>0 0/5 * * * ?</c>). Quartz numbers the days of the week 1 (Sunday) to 7
/// (Saturday); they are read as names, so <c>2</c> is Monday as in Camunda. A year other than <c>*</c> is refused.
/// The cycle repeats without end, in the engine's local time zone.
/// </summary>
internal static partial class QuartzCron
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static bool TryParse(string text, [NotNullWhen(true)] out CronExpression? cron)
    {
        cron = null;
        var fields = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 7 && fields[6] == "*")
            fields = fields[..6];
        if (fields.Length != 6)
            return false;
        fields[5] = DayNumber().Replace(fields[5], match => DayNames[int.Parse(match.Value, CultureInfo.InvariantCulture) - 1]);
        return CronExpression.TryParse(string.Join(' ', fields), CronFormat.IncludeSeconds, out cron);
    }

    /// <summary>The first occurrence strictly after <paramref name="from"/>.</summary>
    public static DateTimeOffset Next(CronExpression cron, DateTimeOffset from, TimeZoneInfo zone) =>
        cron.GetNextOccurrence(from, zone) ?? throw new ProcessRuntimeException("The cron cycle has no further occurrence.");

    // A day number stands alone or next to - , / L #; the step after '/' is a count, not a day.
    [GeneratedRegex(@"(?<![/#\d])[1-7](?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumber();
}
