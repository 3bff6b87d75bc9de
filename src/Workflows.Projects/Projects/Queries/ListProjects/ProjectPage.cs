namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>One page of a project list and how many projects match the filters in all.</summary>
public sealed record ProjectPage(IReadOnlyList<ProjectListItem> Items, int Total);
