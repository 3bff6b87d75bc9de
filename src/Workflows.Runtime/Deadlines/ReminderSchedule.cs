using Microsoft.Extensions.Options;
using Workflows.Engine.Calendar;
using Workflows.Runtime.Calendar;

namespace Workflows.Runtime.Deadlines;

/// <summary>When a task with a due date is reminded: at the configured time on each offset's working day,
/// counted back from the local due date, as long as that moment is still ahead and before the deadline.</summary>
public sealed class ReminderSchedule(IBusinessCalendar calendar, CalendarClock clock, IOptions<DeadlineOptions> options)
{
    public IReadOnlyList<(int WorkingDaysBefore, DateTimeOffset At)> For(DateTimeOffset dueAt, DateTimeOffset now) => For(calendar, dueAt, now);

    /// <summary>The reminders on another calendar: a schedule being added, before it is committed.</summary>
    public IReadOnlyList<(int WorkingDaysBefore, DateTimeOffset At)> For(IBusinessCalendar calendar, DateTimeOffset dueAt, DateTimeOffset now)
    {
        var dueDay = clock.LocalDate(dueAt);
        return options.Value.EffectiveReminderOffsets
            .Where(offset => offset >= 0)
            .Distinct()
            .OrderDescending()
            .Select(offset => (Offset: offset, At: WorkingDayDeadline.At(calendar.SubtractWorkingDays(dueDay, offset), options.Value.ReminderTime, clock.Zone)))
            .Where(reminder => reminder.At > now && reminder.At < dueAt)
            // A due date on a day off makes offsets 0 and 1 fall on the same working day: remind once.
            .DistinctBy(reminder => reminder.At)
            .ToList();
    }

    public bool IsProvisional(DateTimeOffset dueAt) => IsProvisional(clock.LocalDate(dueAt));

    public bool IsProvisional(DateOnly day) => calendar.IsProvisional(day);
}
