using Hangfire;

namespace Workflows.Runtime.Timers;

/// <summary>A delayed Hangfire job per timer (an immediate one when already due).</summary>
public sealed class HangfireTimerTrigger(IBackgroundJobClient jobs, TimeProvider time) : ITimerTrigger
{
    public void Schedule(Guid jobId, DateTimeOffset dueAt)
    {
        if (dueAt <= time.GetUtcNow())
        {
            jobs.Enqueue<TimerJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None));
            return;
        }
        jobs.Schedule<TimerJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None), dueAt);
    }
}
