using Workflows.Persistence.Projects;
using Workflows.Persistence.Projects.Documents;

namespace Workflows.Projects.Projects.Queries.GetDashboard;

/// <summary>The bureau's overview of every project: stages, deadlines, overdue filings, funding holds, departments.</summary>
public sealed record Dashboard(
    IReadOnlyList<Dashboard.StageCount> ByStage,
    IReadOnlyList<Dashboard.UpcomingDeadline> UpcomingDeadlines,
    IReadOnlyList<Dashboard.OverdueFiling> OverdueFilings,
    IReadOnlyList<Dashboard.FundingHold> FundingHolds,
    IReadOnlyList<Dashboard.DepartmentLoad> ByDepartment)
{
    public sealed record StageCount(ProjectStage Stage, int Count);

    public sealed record UpcomingDeadline(Guid ProjectId, string ProjectName, string Name, DateTimeOffset DueAt, int WorkingDaysLeft);

    public sealed record OverdueFiling(Guid ProjectId, string ProjectName, FilingKind Kind, DateTimeOffset DueAt, string DepartmentName);

    public sealed record FundingHold(Guid ProjectId, string ProjectName, FundingStatus FundingStatus, string? Reason);

    public sealed record DepartmentLoad(string DepartmentCode, string DepartmentName, int Projects, int OpenTasks, int Overdue);
}
