namespace Workflows.Projects.Attachments.Common;

/// <summary>An attachment without its content, as task pages list it.</summary>
public sealed record TaskAttachmentItem(Guid Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
