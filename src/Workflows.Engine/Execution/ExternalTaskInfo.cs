namespace Workflows.Engine.Execution;

/// <summary>What a store needs to project a new external task into the table workers fetch from.</summary>
public sealed record ExternalTaskInfo(
    Guid TaskId,
    Guid InstanceId,
    Guid ExecutionId,
    string ActivityId,
    string Topic,
    long Priority,
    DateTimeOffset CreatedAt);
