namespace Workflows.Projects.Attachments.Common;

/// <summary>A comment with the task it was written on: the case's conversation spans all of its tasks.</summary>
public sealed record TaskCommentItem(Guid Id, Guid TaskId, string? TaskName, string Author, string AuthorName, string Text, DateTimeOffset CreatedAt);
