namespace Workflows.Projects.Domain.Catalogue;

/// <summary>Art. 10: a department proposes a catalogue entry; only the bureau's confirmation puts it in the catalogue.</summary>
public enum CatalogueEntryStatus
{
    Proposed,
    Confirmed,
    Refused,
}
