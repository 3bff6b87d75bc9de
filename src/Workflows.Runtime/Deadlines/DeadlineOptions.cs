using Workflows.Persistence.Projects;

namespace Workflows.Runtime.Deadlines;

/// <summary>Configuration section <c>Deadlines</c>: reminders before a task's due date and the escalation after it.</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    private static readonly int[] DefaultReminderOffsets = [2, 1, 0];
    private static readonly string[] DefaultEscalationGroups = [ProjectRoles.Bureau, ProjectRoles.Finance];

    /// <summary>Working days before the due date on which the task's people are reminded (0 = on the due day).
    /// Null keeps the default; the binder would otherwise append to a default list instead of replacing it.</summary>
    public int[]? ReminderOffsets { get; set; }

    /// <summary>The local time of day reminders are sent.</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    /// <summary>The roles mailed when a task is overdue (the bureau receives filings, finance holds the money: arts. 18, 25).</summary>
    public string[]? EscalationGroups { get; set; }

    public IReadOnlyList<int> EffectiveReminderOffsets => ReminderOffsets ?? DefaultReminderOffsets;

    public IReadOnlyList<string> EffectiveEscalationGroups => EscalationGroups ?? DefaultEscalationGroups;
}
