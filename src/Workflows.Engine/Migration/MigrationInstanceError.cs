namespace Workflows.Engine.Migration;

/// <summary>Why one instance cannot be migrated by a valid plan: an active activity the plan leaves behind.</summary>
public sealed record MigrationInstanceError(Guid InstanceId, string ActivityId, string Message);
