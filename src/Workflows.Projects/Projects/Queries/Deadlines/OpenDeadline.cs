namespace Workflows.Projects.Projects.Queries.Deadlines;

/// <summary>An open user task with a due date on one of a project's process instances.</summary>
public sealed record OpenDeadline(Guid ProjectId, string Name, string ActivityId, DateTimeOffset DueAt, string? DepartmentCode);
