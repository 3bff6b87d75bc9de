namespace Workflows.Runtime.Calendar;

/// <summary>A deadline variable of an instance that now holds <see cref="NewDueAt"/> instead of <see cref="OldDueAt"/>;
/// the instance's tasks and timers due at the old instant were taken from it and move with it.</summary>
public sealed record MovedDeadline(Guid InstanceId, string Name, DateTimeOffset OldDueAt, DateTimeOffset NewDueAt, string? Actor);
