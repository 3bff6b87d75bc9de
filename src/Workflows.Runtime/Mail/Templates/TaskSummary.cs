namespace Workflows.Runtime.Mail.Templates;

/// <summary>What a mail says about one user task.</summary>
public sealed record TaskSummary(Guid TaskId, string Name, DateTimeOffset? DueAt);
