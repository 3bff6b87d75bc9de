namespace Workflows.Projects.Domain.Security;

/// <summary>
/// Art. 36: an internal management rule (内部管理制度) of a system in service, filed by the department that runs it: its title,
/// version and effective date, and the document, whose SHA-256 proves later that it was not altered. A new version is a new row.
/// </summary>
public sealed class ManagementRule
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The rule's own version label (V1.0, 2026年修订版).</summary>
    public string Version { get; set; } = "";

    public DateOnly EffectiveOn { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";

    public string FiledBy { get; set; } = "";
    public DateTimeOffset FiledAt { get; set; }
}
