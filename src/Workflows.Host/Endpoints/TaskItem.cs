using Workflows.Persistence.Tasks;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Host.Endpoints;

/// <summary>
/// A task as the inbox shows it: the summary plus how many working days are left before its due date, and the
/// project its business key names (in the inbox list), who it returns to while a delegate holds it, and its English name where the definition gives one.
/// </summary>
public sealed record TaskItem(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    string? Name,
    string? Assignee,
    UserTaskStatus Status,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    int Priority,
    string? FormKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? BusinessKey,
    string DefinitionKey,
    int DefinitionVersion,
    int? WorkingDaysLeft,
    bool Overdue,
    Guid? ProjectId = null,
    string? ProjectName = null,
    string? Owner = null,
    DelegationState? Delegation = null,
    string? NameEn = null)
{
    /// <summary>Only an open task can be overdue: a completed one met or missed its deadline for good.</summary>
    public static TaskItem From(TaskSummary task, DeadlineClock clock) => new(
        task.Id, task.InstanceId, task.ActivityId, task.Name, task.Assignee, task.Status, task.DueAt, task.FollowUpAt,
        task.Priority, task.FormKey, task.CreatedAt, task.CompletedAt, task.CompletedBy, task.BusinessKey, task.DefinitionKey, task.DefinitionVersion,
        task.DueAt is { } due ? clock.WorkingDaysLeft(due) : null,
        task.Status == UserTaskStatus.Open && task.DueAt is { } dueAt && clock.IsOverdue(dueAt),
        Owner: task.Owner,
        Delegation: task.Delegation);
}
