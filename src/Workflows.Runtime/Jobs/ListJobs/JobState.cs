namespace Workflows.Runtime.Jobs.ListJobs;

/// <summary>Which jobs to list: <see cref="Due"/> waits for a worker now, <see cref="Scheduled"/> falls due later,
/// <see cref="Running"/> is claimed by a worker, <see cref="Failed"/> used up its retries.</summary>
public enum JobState { Due, Scheduled, Running, Failed }
