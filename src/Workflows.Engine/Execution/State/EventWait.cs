using Workflows.Engine.Calendar;

namespace Workflows.Engine.Execution;

/// <summary>An open message subscription or timer job of a catch event or boundary event.</summary>
public sealed class EventWait
{
    /// <summary>The subscription id or job id the store correlates by.</summary>
    public Guid Id { get; set; }

    /// <summary>The catch event or boundary event that fires.</summary>
    public string EventId { get; set; } = "";

    public EventWaitKind Kind { get; set; }
    public string? MessageName { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>What a timer's due was counted from when it counts working days; moved with it when the calendar changes.</summary>
    public WorkingDayBasis? DueBasis { get; set; }

    /// <summary>Repetitions left for a timer cycle after the scheduled one; null when unbounded.</summary>
    public int? RepetitionsLeft { get; set; }
}
