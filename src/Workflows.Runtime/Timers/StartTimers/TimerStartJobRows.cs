using Workflows.Persistence.Jobs;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Timers.StartTimers;

/// <summary>The job row of a timer start event's next occurrence; it belongs to a definition version, not to an instance.</summary>
public static class TimerStartJobRows
{
    public static JobRecord Create(Guid definitionId, string startEventId, string cycle, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = JobKind.TimerStart,
        DefinitionId = definitionId,
        ActivityId = startEventId,
        TimerKind = Engine.Model.TimerKind.Cycle,
        TimerExpression = cycle,
        DueAt = dueAt.ToUniversalTime(),
        RetriesLeft = JobRows.DefaultRetries,
        Status = JobStatus.Pending,
        CreatedAt = now,
    };
}
