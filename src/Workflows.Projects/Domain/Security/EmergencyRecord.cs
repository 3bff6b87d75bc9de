namespace Workflows.Projects.Domain.Security;

/// <summary>
/// Art. 38: a system's emergency plan (应急预案) or a drill of it (应急演练) on file: its date and title and the document,
/// whose SHA-256 proves later that it was not altered.
/// </summary>
public sealed class EmergencyRecord
{
    public Guid Id { get; set; }
    public Guid SystemId { get; set; }
    public EmergencyRecordKind Kind { get; set; }

    /// <summary>The date the plan was issued or the drill held.</summary>
    public DateOnly Dated { get; set; }

    public string Title { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";

    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
