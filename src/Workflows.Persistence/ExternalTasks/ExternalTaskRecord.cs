namespace Workflows.Persistence.ExternalTasks;

/// <summary>
/// An open external task: a step of an instance that a worker outside the platform fetches by topic, locks and
/// completes over HTTP (Camunda's external task pattern). Written in the transaction that reached the task, removed
/// in the one that closed it. A lock is a worker id, its signed-in user and an expiry; fetching takes only rows whose
/// lock has expired, with a conditional UPDATE, so two workers never hold the same task.
/// </summary>
public sealed class ExternalTaskRecord
{
    public Guid Id { get; set; }
    public string Topic { get; set; } = "";
    public Guid InstanceId { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public string DefinitionKey { get; set; } = "";
    public string? BusinessKey { get; set; }
    public long Priority { get; set; }

    /// <summary>The worker id the task is locked for, as the worker named itself.</summary>
    public string? WorkerId { get; set; }

    /// <summary>The signed-in user the worker called as: another account cannot act under the same worker id.</summary>
    public string? LockedBy { get; set; }

    /// <summary>Until when the lock holds; after a failure with retries left, when the task may be fetched again.</summary>
    public DateTimeOffset? LockExpiresAt { get; set; }

    /// <summary>Null until the first failure; then the retries the worker said are left.</summary>
    public int? Retries { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorDetails { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bumped by every lock change, so a worker acting on a lock another worker took meanwhile fails.</summary>
    public int Revision { get; set; }
}
