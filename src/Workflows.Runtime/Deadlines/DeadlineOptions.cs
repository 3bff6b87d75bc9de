namespace Workflows.Runtime.Deadlines;

/// <summary>Configuration section <c>Deadlines</c>: reminders before a task's due date and the escalation after it.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    private static readonly int[] DefaultReminderOffsets = [2, 1, 0];

    /// <summary>Working days before the due date on which the task's people are reminded (0 = on the due day).
    /// Null keeps the default; the binder would otherwise append to a default list instead of replacing it.</summary>
    public int[]? ReminderOffsets { get; set; }

    /// <summary>The local time of day reminders are sent.</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    /// <summary>The roles mailed when a task is overdue. Null mails no role; a domain module sets its own default
    /// (the measures: the bureau and finance) after binding, so configuration still overrides it.</summary>
    public string[]? EscalationGroups { get; set; }

    public IReadOnlyList<int> EffectiveReminderOffsets => ReminderOffsets ?? DefaultReminderOffsets;

    public IReadOnlyList<string> EffectiveEscalationGroups => EscalationGroups ?? [];
}
