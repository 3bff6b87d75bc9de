using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Timers;

/// <summary>
/// The Hangfire recurring job that fires timers: Hangfire starts a run every <see cref="TimerOptions.PollCron"/> on
/// one of the nodes' workers, and the run watches the job rows for <see cref="TimerOptions.PollWindow"/> (longer than
/// the period, so one run is always watching): it fires what is due, then sleeps until the next due instant, but
/// never longer than <see cref="TimerOptions.PollDelay"/>, so rows committed by other nodes are seen within it.
/// Creating a timer is only its row; runs that overlap, on one node or several, share the due jobs through the
/// claim (<see cref="JobClaim"/>), which gives each job to one worker.
/// </summary>
public sealed class TimerPoll(TimerJobRunner runner, TimeProvider time, IOptions<TimerOptions> options)
{
    public const string RecurringJobId = "workflows-timer-poll";

    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(100);

    /// <summary>The window is measured on the wall clock: a run ends even when the business clock stands still (a test's fake clock).</summary>
    [AutomaticRetry(Attempts = 0)] // A failed run is followed by the next one; retries are counted on the job rows.
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        var window = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested && window.Elapsed < options.Value.PollWindow)
        {
            var now = time.GetUtcNow();
            var nextDueAt = await runner.NextDueAtAsync(cancellationToken);
            if (nextDueAt <= now)
            {
                // Nothing fired means other workers hold what is due: look again after a short pause.
                if (await runner.FireDueAsync(cancellationToken) == 0)
                    await Task.Delay(MinimumPause, cancellationToken);
                continue;
            }
            var sleep = options.Value.PollDelay;
            if (nextDueAt is { } next && next - now < sleep)
                sleep = next - now;
            await Task.Delay(sleep, cancellationToken);
        }
    }
}
