namespace Workflows.Cli.Bench;

/// <param name="Commands">The measured commands: the instance starts and the task completions.</param>
/// <param name="Statements">What those commands executed: statements on SQLite, round trips on PostgreSQL.</param>
/// <param name="ProcessorTime">The CPU time this process spent during the measured run (the clients' lookups of their next task included).</param>
public sealed record DurableBenchmarkResult(int Instances, int Commands, long Statements, TimeSpan Elapsed, double P95CompleteTaskMs, TimeSpan ProcessorTime)
{
    /// <summary>One-row commits per second the same database allowed the same clients just after the run (<see cref="DatabaseBaseline"/>).</summary>
    public double BaselineCommitsPerSecond { get; init; }

    /// <summary>Client CPU per command: less sensitive to the machine's other load than the rates.</summary>
    public double CpuMsPerCommand => Commands == 0 ? 0 : ProcessorTime.TotalMilliseconds / Commands;

    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;
    public double CommandsPerSecond => Commands / Elapsed.TotalSeconds;
    public double StatementsPerCommand => Commands == 0 ? 0 : (double)Statements / Commands;
}
