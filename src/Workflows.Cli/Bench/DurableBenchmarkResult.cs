namespace Workflows.Cli.Bench;

public sealed record DurableBenchmarkResult(int Instances, TimeSpan Elapsed, double P95CompleteTaskMs)
{
    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;
}
