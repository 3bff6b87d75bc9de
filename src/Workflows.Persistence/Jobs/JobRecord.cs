using Workflows.Engine.Model;

namespace Workflows.Persistence.Jobs;

/// <summary>
/// A durable job (a timer), written in the transaction that created it. The row is all there is of it: the
/// timer poll claims and fires it once it is due, so nothing stands between the commit and the firing to be lost.
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
    /// <summary>The user task a reminder or escalation job is about.</summary>
    public Guid? TaskId { get; set; }

    /// <summary>A reminder's offset: how many working days before the task's due date it fires (0 = on the due day).</summary>
    public int? WorkingDaysBefore { get; set; }

    /// <summary>The due time was computed in a year without a published holiday schedule; recomputed when one is added.</summary>
    public bool DueProvisional { get; set; }

    /// <summary>Where a due date that counts working days was counted from (a local date), how many it counts and
    /// the working day it reached: counted again when a year's schedule or a local day off is added.</summary>
    public DateOnly? DueCountedFrom { get; set; }
    public int? DueWorkingDays { get; set; }
    public DateOnly? DueWorkingDay { get; set; }

    /// <summary>The definition version a timer start job starts instances of.</summary>
    public Guid? DefinitionId { get; set; }
    public string? LockOwner { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }
    public int RetriesLeft { get; set; } = 3;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public JobStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
