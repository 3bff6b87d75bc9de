namespace Workflows.Runtime.Timers;

/// <summary>Configuration section <c>Timers</c>.</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>Cron of the recurring timer poll (<see cref="TimerPoll"/>); Hangfire 1.8 accepts a seconds field.</summary>
    public string PollCron { get; set; } = "*/10 * * * * *";

    /// <summary>How long one run of the poll keeps watching for due jobs; longer than the cron's period, so that runs overlap.</summary>
    public TimeSpan PollWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest a watching run sleeps before it looks at the job rows again.</summary>
    public TimeSpan PollDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim keeps other workers off a job; a worker that died releases it when this expires.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Jobs one claim takes (one UPDATE), then fires one by one, so that a minute in which thousands of
    /// deadlines fall due costs a claim per batch, not a round trip to a scheduler per job.</summary>
    public int DrainBatchSize { get; set; } = 50;

    /// <summary>The first retry waits this long; each further retry waits twice as long as the previous one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
}
