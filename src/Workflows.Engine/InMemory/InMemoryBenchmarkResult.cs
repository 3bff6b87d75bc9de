namespace Workflows.Engine.InMemory;

/// <summary>How many instances ran to completion, in what time.</summary>
public sealed record InMemoryBenchmarkResult(int Instances, int Completed, TimeSpan Elapsed, int Workers)
{
    public double InstancesPerSecond => Elapsed > TimeSpan.Zero ? Completed / Elapsed.TotalSeconds : 0;
}
