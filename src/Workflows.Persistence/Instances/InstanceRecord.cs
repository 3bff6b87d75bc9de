using Workflows.Engine.Execution;

namespace Workflows.Persistence.Instances;

/// <summary>A process instance: its whole engine state as JSON plus the columns queries filter on.</summary>
public sealed class InstanceRecord
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }

    /// <summary>The <c>departmentCode</c> variable: department clerks see only their own department's instances.</summary>
    public string? DepartmentCode { get; set; }
    public InstanceStatus Status { get; set; }

    /// <summary>The serialised <see cref="ProcessInstance"/>.</summary>
    public string State { get; set; } = "";
    public Guid? ParentInstanceId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary><see cref="ProcessInstance.Revision"/>: the optimistic concurrency token of every command.</summary>
    public int Revision { get; set; }
}
