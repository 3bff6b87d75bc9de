using Workflows.Engine.Execution;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Durable;

/// <summary>Builds the durable job row of a scheduled timer.</summary>
public static class JobRows
{
    public const int DefaultRetries = 3;

    public static JobRecord Create(TimerScheduled scheduled) => new()
    {
        Id = scheduled.JobId,
        Kind = JobKind.Timer,
        InstanceId = scheduled.InstanceId,
        ExecutionId = scheduled.ExecutionId,
        ActivityId = scheduled.ActivityId,
        DueAt = scheduled.DueAt,
        TimerKind = scheduled.Timer.Kind,
        TimerExpression = scheduled.Timer.Expression,
        TimerCalendar = scheduled.Timer.Calendar,
        RetriesLeft = DefaultRetries,
        Status = JobStatus.Pending,
        CreatedAt = scheduled.At,
    };
}
