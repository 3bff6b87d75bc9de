using Workflows.Engine.Calendar;

namespace Workflows.Engine.Execution;

/// <summary>What a store needs to project an open user task into its queryable task table.
/// <paramref name="DueBasis"/> is set when the due date counts working days, so it can be counted again.</summary>
public sealed record UserTaskInfo(
    Guid TaskId,
    Guid InstanceId,
    Guid ExecutionId,
    string ActivityId,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    int Priority,
    string? FormKey,
    DateTimeOffset CreatedAt,
    WorkingDayBasis? DueBasis = null);
