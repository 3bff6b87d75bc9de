namespace Workflows.Runtime.Timers;

/// <summary>Configuration section <c>Timers</c>.</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>Cron of the sweep that fires due jobs Hangfire missed (crash before scheduling, host down).
    /// Hangfire 1.8 accepts a seconds field: <c>*/5 * * * * *</c>.</summary>
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>How long past due a job must be before the sweep takes it, so it does not race the scheduled trigger.</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Jobs one sweep hands to the workers; the next sweep takes the rest.</summary>
    public int SweepBatchSize { get; set; } = 5000;

    /// <summary>How long a claim keeps other hosts off a job; a host that died releases it when this expires.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A worker woken for one due job goes on firing other due jobs, claiming this many per UPDATE, so that a
    /// minute in which thousands of deadlines fall due costs a few triggers, not one worker round trip each.</summary>
    public int DrainBatchSize { get; set; } = 50;

    /// <summary>How long one worker keeps draining before it leaves the rest to other workers and the sweep.</summary>
    public TimeSpan DrainTimeBudget { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The first retry waits this long; each further retry waits twice as long as the previous one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
}
