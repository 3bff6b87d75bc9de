namespace Workflows.Cli.Bench;

/// <param name="Commands">The measured commands: the instance starts and the task completions.</param>
/// <param name="Statements">What those commands executed: statements on SQLite, round trips on PostgreSQL.</param>
public sealed record DurableBenchmarkResult(int Instances, int Commands, long Statements, TimeSpan Elapsed, double P95CompleteTaskMs)
{
    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;
    public double CommandsPerSecond => Commands / Elapsed.TotalSeconds;
    public double StatementsPerCommand => Commands == 0 ? 0 : (double)Statements / Commands;
}
