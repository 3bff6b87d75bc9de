using Workflows.Projects.Projects.Queries.GetProjectDetails;

namespace Workflows.Projects.Projects.Queries.PageProjectHistory;

/// <summary>One page of a project's history and how many entries match in all.</summary>
public sealed record ProjectHistoryPage(IReadOnlyList<ProjectDetails.HistoryRow> Items, int Total);
