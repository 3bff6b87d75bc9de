namespace Workflows.Persistence.Tasks;

/// <summary>The queryable projection of a user task (the inbox); the instance state stays the source of truth.</summary>
public sealed class UserTaskRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid ExecutionId { get; set; }
    public string ActivityId { get; set; } = "";
    public string? Name { get; set; }
    public string? Assignee { get; set; }
    public List<UserTaskCandidate> Candidates { get; set; } = [];
    public UserTaskStatus Status { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>The due date falls in a year without a published holiday schedule (weekends alone were counted).</summary>
    public bool DueProvisional { get; set; }

    /// <summary>Where a due date that counts working days was counted from (a local date), how many it counts and
    /// the working day it reached: counted again when a year's schedule or a local day off is added.</summary>
    public DateOnly? DueCountedFrom { get; set; }
    public int? DueWorkingDays { get; set; }
    public DateOnly? DueWorkingDay { get; set; }
    public int Priority { get; set; }
    public string? FormKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? ClaimedBy { get; set; }

    /// <summary>Who the task returns to when a delegate resolves it (Camunda's owner); set by the first delegation.</summary>
    public string? Owner { get; set; }

    /// <summary>Pending while a delegate works on the task, resolved once they gave it back; null if never delegated.</summary>
    public DelegationState? Delegation { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? BusinessKey { get; set; }

    /// <summary>The instance's <c>departmentCode</c> variable: department clerks see only their own department's tasks.</summary>
    public string? DepartmentCode { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
}
