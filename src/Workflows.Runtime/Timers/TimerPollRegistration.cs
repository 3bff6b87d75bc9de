using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Timers;

/// <summary>Registers (or updates) the recurring timer poll at start and starts a run at once, so timers that fell due
/// while the host was down fire without waiting for the first period; Hangfire enqueues each period's run once for all nodes.</summary>
public sealed class TimerPollRegistration(IRecurringJobManager recurringJobs, IOptions<TimerOptions> options) : IHostedService
{
    /// <summary>The recurring job of the earlier design (a sweep handing due timers to per-timer Hangfire jobs), which no longer exists.</summary>
    private const string RetiredSweepJobId = "workflows-timer-sweep";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.RemoveIfExists(RetiredSweepJobId);
        recurringJobs.AddOrUpdate<TimerPoll>(TimerPoll.RecurringJobId, poll => poll.PollAsync(CancellationToken.None), options.Value.PollCron);
        recurringJobs.Trigger(TimerPoll.RecurringJobId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
