namespace Workflows.Projects.Domain.Documents;

/// <summary>An uploaded document; the SHA-256 of its content proves later that it was not altered.</summary>
public sealed class ProjectDocument
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public DocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}
