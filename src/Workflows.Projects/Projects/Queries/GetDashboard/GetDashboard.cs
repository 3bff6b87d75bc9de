using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Domain;
using Workflows.Projects.Domain.Departments;
using Workflows.Projects.Domain.Funding;
using Workflows.Persistence.Tasks;
using Workflows.Projects.Projects.Queries.Deadlines;
using Workflows.Runtime.Calendar;

namespace Workflows.Projects.Projects.Queries.GetDashboard;

/// <summary>The county-wide overview; upcoming means due within the next <see cref="UpcomingWorkingDays"/> working days.</summary>
public sealed record GetDashboard : IQuery<Dashboard>
{
    public const int UpcomingWorkingDays = 10;
}

public sealed class GetDashboardHandler(WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time)
    : IQueryHandler<GetDashboard, Dashboard>
{
    public async ValueTask<Dashboard> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        var clock = new DeadlineClock(calendar, calendarClock, time);
        var projects = await db.Set<Project>().AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Stage, p.LeadDepartmentCode, p.FundingStatus, p.FundingHoldReason, p.ApprovedBudget })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var departmentNames = departments.ToDictionary(d => d.Code, d => d.Name);
        // Summed here: SQLite cannot add decimals in SQL.
        var payments = (await db.Set<ProjectPayment>().AsNoTracking().Select(p => new { p.ProjectId, p.Amount, p.Status }).ToListAsync(cancellationToken))
            .GroupBy(p => p.ProjectId)
            .ToDictionary(g => g.Key, g => (Disbursed: g.Where(p => p.Status == PaymentStatus.Disbursed).Sum(p => p.Amount),
                Requested: g.Where(p => p.Status == PaymentStatus.Requested).Sum(p => p.Amount)));
        var holds = projects.Values.Where(p => p.FundingStatus != FundingStatus.Normal).OrderBy(p => p.Name)
            .Select(p =>
            {
                var (disbursed, requested) = payments.GetValueOrDefault(p.Id);
                return new Dashboard.FundingHold(p.Id, p.Name, p.FundingStatus, p.FundingHoldReason, p.ApprovedBudget, disbursed,
                    Math.Max(0m, (p.ApprovedBudget ?? 0m) - disbursed), requested);
            })
            .ToList();
        var deadlines = (await OpenDeadlines.ReadAsync(db, null, cancellationToken)).Where(d => projects.ContainsKey(d.ProjectId)).ToList();

        return new Dashboard(
            [.. projects.Values.GroupBy(p => p.Stage).OrderBy(g => g.Key).Select(g => new Dashboard.StageCount(g.Key, g.Count()))],
            [.. deadlines.Where(d => !clock.IsOverdue(d.DueAt) && clock.WorkingDaysLeft(d.DueAt) <= GetDashboard.UpcomingWorkingDays)
                .Select(d => new Dashboard.UpcomingDeadline(d.ProjectId, projects[d.ProjectId].Name, d.Name, d.DueAt, clock.WorkingDaysLeft(d.DueAt)))],
            [.. deadlines.Where(d => clock.IsOverdue(d.DueAt) && FilingTasks.KindOf(d.ActivityId) is not null)
                .Select(d => new Dashboard.OverdueFiling(d.ProjectId, projects[d.ProjectId].Name, FilingTasks.KindOf(d.ActivityId)!.Value, d.DueAt,
                    departmentNames.GetValueOrDefault(projects[d.ProjectId].LeadDepartmentCode, projects[d.ProjectId].LeadDepartmentCode)))],
            holds,
            await ByDepartmentAsync(departments, [.. projects.Values.Select(p => p.LeadDepartmentCode)], clock.Now, cancellationToken),
            new Dashboard.FundingAmounts(payments.Values.Sum(p => p.Disbursed),
                holds.Where(h => h.FundingStatus == FundingStatus.Held).Sum(h => h.Withheld),
                holds.Where(h => h.FundingStatus == FundingStatus.Suspended).Sum(h => h.Withheld)));
    }

    private async Task<List<Dashboard.DepartmentLoad>> ByDepartmentAsync(
        List<Department> departments, List<string> leadDepartments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open && t.DepartmentCode != null);
        var openTasks = await open.GroupBy(t => t.DepartmentCode!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var overdue = await open.Where(t => t.DueAt < now).GroupBy(t => t.DepartmentCode!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. departments.Select(d => new Dashboard.DepartmentLoad(d.Code, d.Name, leadDepartments.Count(code => code == d.Code),
            openTasks.GetValueOrDefault(d.Code), overdue.GetValueOrDefault(d.Code)))];
    }
}
