using Workflows.Engine.Model;

namespace Workflows.Persistence.Jobs;

/// <summary>
/// A durable job (a timer), written in the transaction that scheduled it. The scheduler only triggers it:
/// the row is the record, so nothing is lost between commit and scheduling.
/// </summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }
    public JobKind Kind { get; set; }
    public Guid InstanceId { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public TimerKind? TimerKind { get; set; }
    public string? TimerExpression { get; set; }

    /// <summary>The business calendar the timer counts working days in, if any.</summary>
    public string? TimerCalendar { get; set; }
    public string? LockOwner { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }
    public int RetriesLeft { get; set; } = 3;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public JobStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
