namespace Workflows.Projects.Attachments.Common;

public sealed record TaskCommentItem(Guid Id, string Author, string AuthorName, string Text, DateTimeOffset CreatedAt);
