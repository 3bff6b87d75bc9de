namespace Workflows.Runtime.ExternalTasks.ListExternalTasks;

/// <summary>An open external task as administrators see it (Camunda's <c>ExternalTaskDto</c> names).</summary>
public sealed record ExternalTaskItem(
    Guid Id, string TopicName, string? WorkerId, DateTimeOffset? LockExpirationTime, Guid ProcessInstanceId, string ProcessDefinitionKey,
    string ActivityId, string? BusinessKey, int? Retries, string? ErrorMessage, string? ErrorDetails, long Priority, DateTimeOffset CreatedAt);
