namespace Workflows.Projects.Attachments.Queries.GetTaskAttachment;

/// <summary>The file with the task it belongs to, which decides who may download it.</summary>
public sealed record TaskAttachmentFile(Guid TaskId, string FileName, string ContentType, byte[] Content);
