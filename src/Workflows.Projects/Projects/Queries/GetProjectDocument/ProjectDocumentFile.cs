namespace Workflows.Projects.Projects.Queries.GetProjectDocument;

public sealed record ProjectDocumentFile(string FileName, string ContentType, byte[] Content, string Sha256);
