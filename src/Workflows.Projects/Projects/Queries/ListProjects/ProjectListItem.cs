using Workflows.Projects.Domain;
using Workflows.Projects.Projects.Queries.Deadlines;

namespace Workflows.Projects.Projects.Queries.ListProjects;

/// <summary>A row of the project list: where the project stands and its next deadline.</summary>
public sealed record ProjectListItem(
    Guid Id,
    string Code,
    string Name,
    ProjectKind Kind,
    ProjectStage Stage,
    string LeadDepartmentCode,
    string LeadDepartmentName,
    FundingStatus FundingStatus,
    DeadlineItem? NextDeadline,
    bool Overdue);
