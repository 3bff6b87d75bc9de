using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Runtime.Timers;

/// <summary>
/// A delayed Hangfire job per timer (an immediate one when already due). The Hangfire client is resolved on
/// the first trigger, not when the DbContext's interceptors are built: creating it opens Hangfire's storage,
/// and on PostgreSQL that must wait until migrations have created the database (Hangfire.PostgreSql's
/// initializer otherwise retries with growing sleeps for about 30 seconds).
/// </summary>
public sealed class HangfireTimerTrigger(IServiceProvider services, TimeProvider time) : ITimerTrigger
{
    public void Schedule(Guid jobId, DateTimeOffset dueAt)
    {
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        if (dueAt <= time.GetUtcNow())
        {
            jobs.Enqueue<TimerJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None));
            return;
        }
        jobs.Schedule<TimerJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None), dueAt);
    }
}
