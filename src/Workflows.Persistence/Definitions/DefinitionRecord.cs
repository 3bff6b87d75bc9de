namespace Workflows.Persistence.Definitions;

/// <summary>One stored BPMN document: the key's editable draft (no version yet) or an immutable numbered version.</summary>
public sealed class DefinitionRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";

    /// <summary>Null while the record is a draft; set once on publishing and never changed.</summary>
    public int? Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string? Name { get; set; }
    public string Xml { get; set; } = "";

    /// <summary>SHA-256 of the XML (hex): identical XML is not published twice.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The messages the definition waits for, as <c>|name|name|</c>, to tell an unknown message from an uncorrelated one.</summary>
    public string MessageNames { get; set; } = "|";

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public string? RetiredBy { get; set; }
}
