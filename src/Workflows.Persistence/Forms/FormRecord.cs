namespace Workflows.Persistence.Forms;

/// <summary>A form-js schema deployed from <c>workflows/forms/KEY.form</c>; versions are immutable like definitions.</summary>
public sealed class FormRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string Json { get; set; } = "";

    /// <summary>SHA-256 of the JSON (hex): an unchanged file is not redeployed.</summary>
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
