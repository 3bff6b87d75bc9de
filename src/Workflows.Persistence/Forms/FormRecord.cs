namespace Workflows.Persistence.Forms;

/// <summary>
/// One stored form-js schema: the key's editable draft (no version yet) or an immutable numbered version.
/// The key is the <c>camunda:formKey</c> user tasks name (the file name of <c>workflows/forms/KEY.form</c>).
/// </summary>
public sealed class FormRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";

    /// <summary>Null while the record is a draft; set once on publishing and never changed.</summary>
    public int? Version { get; set; }
    public FormStatus Status { get; set; }
    public string Json { get; set; } = "";

    /// <summary>SHA-256 of the JSON (hex): an unchanged schema is not published again.</summary>
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public string? RetiredBy { get; set; }
}
