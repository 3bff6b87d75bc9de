using Workflows.Projects.Projects.Queries.GetProjectDetails;

namespace Workflows.Projects.Projects.Queries.PageProjectDocuments;

/// <summary>One page of a project's documents and how many match in all.</summary>
public sealed record ProjectDocumentPage(IReadOnlyList<ProjectDetails.Document> Items, int Total);
