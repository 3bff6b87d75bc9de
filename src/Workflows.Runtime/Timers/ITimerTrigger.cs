namespace Workflows.Runtime.Timers;

/// <summary>Asks the worker pool to try a job at a time; the job row stays the record, a trigger may be lost or repeated.</summary>
public interface ITimerTrigger
{
    void Schedule(Guid jobId, DateTimeOffset dueAt);
}
