namespace Workflows.Persistence.Audit;

/// <summary>The codes of <see cref="AuditEntry.Action"/> for the events the platform derives itself.</summary>
public static class AuditActions
{
    public const string UserCreated = "user.created";
    public const string DefinitionPublished = "definition.published";
    public const string DefinitionRetired = "definition.retired";
    public const string InstanceCancelled = "instance.cancelled";
    public const string InstanceMigrated = "instance.migrated";
    public const string TaskCompleted = "task.completed";
    public const string TaskAssigned = "task.assigned";
    public const string TaskDelegated = "task.delegated";
    public const string TaskResolved = "task.resolved";
    public const string IncidentRetried = "incident.retried";
    public const string IncidentResolved = "incident.resolved";
    public const string JobRetried = "job.retried";
}
