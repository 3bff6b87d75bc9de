namespace Workflows.Runtime.Mail.Templates;

/// <summary>What a mail says about one user task.</summary>
/// <param name="About">What the task's instance works on (the project's name), when a module says so.</param>
public sealed record TaskSummary(Guid TaskId, string Name, DateTimeOffset? DueAt, string? About = null);
