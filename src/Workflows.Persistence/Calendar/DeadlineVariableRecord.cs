namespace Workflows.Persistence.Calendar;

/// <summary>
/// A process variable holding a deadline counted in working days (art. 18's <c>contractFilingDueAt</c>): its
/// value and what it was counted from, so that it, and the tasks and timers due at it, can be counted again
/// when a year's schedule or a local day off is added.
/// </summary>
public sealed class DeadlineVariableRecord
{
    public Guid InstanceId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public DateOnly CountedFrom { get; set; }
    public int WorkingDays { get; set; }
    public DateOnly WorkingDay { get; set; }
}
