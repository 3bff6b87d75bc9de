using System.Globalization;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution.Runtime;
using Workflows.Engine.Model;

namespace Workflows.Engine.Execution.Timers;

/// <summary>
/// Turns ISO 8601 dates, durations and cycles (or a cron cycle, <see cref="QuartzCron"/>) into due instants, from the command's "now" in the
/// time provider's local zone. With a calendar, the day part of a duration counts working days
/// (Art. 18-style deadlines: "5 working days").
/// </summary>
internal sealed class DueDateCalculator(TimeProvider time, IBusinessCalendar? calendar, DateTimeOffset now)
{
    private DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(now, time.LocalTimeZone);

    /// <param name="value">The timer's ISO value, its expression already evaluated.</param>
    /// <returns>The due instant in UTC (stores such as PostgreSQL accept only UTC offsets), and what it was
    /// counted from when it counts working days.</returns>
    public (DueInstant Due, int? RepetitionsLeft) FirstOccurrence(TimerKind kind, string value, string? calendarName)
    {
        var (due, repetitionsLeft) = FirstOccurrenceLocal(kind, value, calendarName);
        return (due.ToUniversalTime(), repetitionsLeft);
    }

    private (DueInstant Due, int? RepetitionsLeft) FirstOccurrenceLocal(TimerKind kind, string value, string? calendarName)
    {
        switch (kind)
        {
            case TimerKind.Date:
                return (new DueInstant(ParseDate(value), null), 0);
            case TimerKind.Duration:
                return (After(ParseDuration(value), calendarName), 0);
            case TimerKind.Cycle when QuartzCron.TryParse(value, out var cron):
                return (new DueInstant(QuartzCron.Next(cron, LocalNow, time.LocalTimeZone), null), null);
            default:
                var cycle = ParseCycle(value);
                return (After(cycle.Interval, calendarName), cycle.Repetitions is { } total ? total - 1 : null);
        }
    }

    public DateTimeOffset NextCycleOccurrence(string cycle, string? calendarName, DateTimeOffset previousDueAt)
    {
        if (QuartzCron.TryParse(cycle, out var cron))
            return QuartzCron.Next(cron, previousDueAt, time.LocalTimeZone).ToUniversalTime();
        var interval = ParseCycle(cycle).Interval;
        var next = calendarName is null ? interval.AddTo(previousDueAt) : AddWorkingDuration(TimeZoneInfo.ConvertTime(previousDueAt, time.LocalTimeZone), interval).At;
        return next.ToUniversalTime();
    }

    /// <summary>A task's due or follow-up value: an ISO date-time, or an ISO duration from now.</summary>
    public DueInstant DateOrDuration(string value, string? calendarName) =>
        (value.TrimStart().StartsWith('P') ? After(ParseDuration(value), calendarName) : new DueInstant(ParseDate(value), null)).ToUniversalTime();

    private DueInstant After(IsoDuration duration, string? calendarName) =>
        calendarName is null ? new DueInstant(duration.AddTo(LocalNow), null) : AddWorkingDuration(LocalNow, duration);

    private DueInstant AddWorkingDuration(DateTimeOffset start, IsoDuration duration)
    {
        if (calendar is null)
            throw new ProcessRuntimeException("A duration counts working days but the engine has no business calendar.");
        var calendarPart = duration with { Days = 0, Weeks = 0, Time = TimeSpan.Zero };
        var shifted = calendarPart.AddTo(start);
        var workingDays = duration.Weeks * 5 + duration.Days;
        if (workingDays <= 0)
            return new DueInstant(shifted.Add(duration.Time), null);
        var basis = WorkingDayBasis.Count(calendar, DateOnly.FromDateTime(shifted.DateTime), workingDays);
        shifted = new DateTimeOffset(basis.WorkingDay.ToDateTime(TimeOnly.FromDateTime(shifted.DateTime)), shifted.Offset);
        return new DueInstant(shifted.Add(duration.Time), basis);
    }

    /// <summary>A date-time without an offset is read in the local zone of the time provider.</summary>
    private DateTimeOffset ParseDate(string text)
    {
        var trimmed = text.Trim();
        if (!DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || !DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            throw new ProcessRuntimeException($"'{text}' is neither an ISO 8601 date-time nor a duration.");
        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, time.LocalTimeZone.GetUtcOffset(parsed))
            : withOffset;
    }

    private static IsoDuration ParseDuration(string text) =>
        IsoDuration.TryParse(text, out var duration)
            ? duration
            : throw new ProcessRuntimeException($"'{text}' is not an ISO 8601 duration.");

    /// <summary><c>R3/PT1H</c> (three times) or <c>R/PT1H</c> (unbounded).</summary>
    private static (int? Repetitions, IsoDuration Interval) ParseCycle(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !parts[0].StartsWith('R'))
            throw new ProcessRuntimeException($"'{text}' is not an ISO 8601 repeating interval like R3/PT1H.");
        int? repetitions = parts[0].Length == 1 ? null
            : int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count
            : throw new ProcessRuntimeException($"'{text}' has an invalid repetition count.");
        return (repetitions, ParseDuration(parts[1]));
    }
}
