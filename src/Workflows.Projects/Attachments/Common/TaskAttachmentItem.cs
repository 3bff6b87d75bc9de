namespace Workflows.Projects.Attachments.Common;

/// <summary>An attachment without its content, as task pages list it, with the task it was attached to.</summary>
public sealed record TaskAttachmentItem(
    Guid Id, Guid TaskId, string? TaskName, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt,
    string? UploadedByName = null);
