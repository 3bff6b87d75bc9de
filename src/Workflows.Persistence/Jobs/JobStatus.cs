namespace Workflows.Persistence.Jobs;

/// <summary><see cref="Failed"/> means the retries are used up: the job is an incident until retried by hand.</summary>
public enum JobStatus { Pending, Done, Failed }
