using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Projects.Queries.GetDashboard;

/// <summary>The bureau's overview of every project: stages, deadlines, overdue filings, funding holds and the amounts they keep back, departments.</summary>
public sealed record Dashboard(
    IReadOnlyList<Dashboard.StageCount> ByStage,
    IReadOnlyList<Dashboard.UpcomingDeadline> UpcomingDeadlines,
    IReadOnlyList<Dashboard.OverdueFiling> OverdueFilings,
    IReadOnlyList<Dashboard.FundingHold> FundingHolds,
    IReadOnlyList<Dashboard.DepartmentLoad> ByDepartment,
    Dashboard.FundingAmounts Funding)
{
    public sealed record StageCount(ProjectStage Stage, int Count);

    public sealed record UpcomingDeadline(Guid ProjectId, string ProjectName, string Name, DateTimeOffset DueAt, int WorkingDaysLeft);

    public sealed record OverdueFiling(Guid ProjectId, string ProjectName, FilingKind Kind, DateTimeOffset DueAt, string DepartmentName);

    /// <summary>A project whose money is stopped; <paramref name="Withheld"/> is its approved budget not yet paid (arts. 25, 28).</summary>
    public sealed record FundingHold(Guid ProjectId, string ProjectName, FundingStatus FundingStatus, string? Reason,
        decimal? ApprovedBudget, decimal Disbursed, decimal Withheld, decimal BlockedRequests);

    /// <summary>The county's totals: paid out, and kept back by an art. 25 hold or an art. 28 suspension.</summary>
    public sealed record FundingAmounts(decimal Disbursed, decimal Held, decimal Suspended);

    public sealed record DepartmentLoad(string DepartmentCode, string DepartmentName, int Projects, int OpenTasks, int Overdue);
}
