using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Tasks.Common;

public sealed record TaskSummary(
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
    string? Owner = null,
    DelegationState? Delegation = null);
