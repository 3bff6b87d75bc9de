using System.Text.Json;

namespace Workflows.Runtime.ExternalTasks.FetchAndLock;

/// <summary>A task now locked for the worker, with the variables its execution sees at the time of the fetch.</summary>
public sealed record LockedExternalTask(
    Guid Id, string TopicName, string WorkerId, DateTimeOffset LockExpirationTime, Guid ProcessInstanceId, string ProcessDefinitionKey,
    string ActivityId, Guid ExecutionId, string? BusinessKey, int? Retries, string? ErrorMessage, long Priority,
    IReadOnlyDictionary<string, JsonElement> Variables);
