namespace Workflows.Projects.Supervision.Queries.ListAcceptanceDelays;

/// <summary>
/// A project whose planned completion date passed without completion acceptance (art. 28), with what a rectification order
/// started for it is prefilled with (<see cref="RectificationReason"/>, <see cref="RectificationDescription"/>).
/// </summary>
public sealed record AcceptanceDelay(
    Guid Id,
    Guid ProjectId,
    string ProjectCode,
    string ProjectName,
    string DepartmentCode,
    DateOnly PlannedCompletion,
    DateTimeOffset NoticedAt,
    string RectificationReason,
    string RectificationDescription,
    Guid? RectificationInstanceId,
    DateTimeOffset? OrderedAt,
    string? OrderedBy);
