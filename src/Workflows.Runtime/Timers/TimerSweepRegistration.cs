using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Workflows.Runtime.Timers;

/// <summary>Registers (or updates) the recurring sweep at start; Hangfire runs it on one host at a time.</summary>
public sealed class TimerSweepRegistration(IRecurringJobManager recurringJobs, IOptions<TimerOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<TimerSweep>(TimerSweep.RecurringJobId, sweep => sweep.SweepAsync(CancellationToken.None), options.Value.SweepCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
