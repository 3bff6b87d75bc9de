namespace Workflows.Projects.Projects.Queries.PageProjectDocuments;

/// <summary>What a project's document list is ordered by.</summary>
public enum ProjectDocumentSort
{
    /// <summary>When the document was uploaded.</summary>
    Uploaded,

    /// <summary>The file name.</summary>
    Name,

    /// <summary>The kind of document, then when it was uploaded.</summary>
    Kind,
}
