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

/// <summary>Counted and grouped in the database: it reads counter rows and the projects it names (deadlines, holds), never every project.</summary>
public sealed class GetDashboardHandler(WorkflowsDbContext db, IBusinessCalendar calendar, CalendarClock calendarClock, TimeProvider time)
    : IQueryHandler<GetDashboard, Dashboard>
{
    public async ValueTask<Dashboard> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        var clock = new DeadlineClock(calendar, calendarClock, time);
        var projects = db.Set<Project>().AsNoTracking();
        // The counter rows the database keeps per (lead department, stage) hold both the stages and the departments' projects.
        var counts = await db.Set<DepartmentProjectCount>().AsNoTracking().Where(c => c.Led != 0)
            .Select(c => new { c.Stage, c.DepartmentCode, c.Led }).ToListAsync(cancellationToken);
        var byStage = counts.GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Sum(c => c.Led) });
        var led = counts.GroupBy(c => c.DepartmentCode).ToDictionary(g => g.Key, g => g.Sum(c => c.Led));
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var departmentNames = departments.ToDictionary(d => d.Code, d => d.Name);
        var holds = await HoldsAsync(projects, cancellationToken);

        var upcoming = await OpenDeadlines.ReadDueAsync(db, clock.Now, clock.EndOfWorkingDays(GetDashboard.UpcomingWorkingDays), null, cancellationToken);
        var overdueFilings = await OpenDeadlines.ReadDueAsync(db, null, clock.Now, FilingTasks.Activities, cancellationToken);
        var named = upcoming.Concat(overdueFilings).Select(d => d.ProjectId).Distinct().ToList();
        var names = await projects.Where(p => named.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.LeadDepartmentCode })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        return new Dashboard(
            [.. byStage.OrderBy(s => s.Stage).Select(s => new Dashboard.StageCount(s.Stage, s.Count))],
            [.. upcoming.Where(d => names.ContainsKey(d.ProjectId))
                .Select(d => new Dashboard.UpcomingDeadline(d.ProjectId, names[d.ProjectId].Name, d.Name, d.DueAt, clock.WorkingDaysLeft(d.DueAt)))],
            [.. overdueFilings.Where(d => names.ContainsKey(d.ProjectId))
                .Select(d => new Dashboard.OverdueFiling(d.ProjectId, names[d.ProjectId].Name, FilingTasks.KindOf(d.ActivityId)!.Value, d.DueAt,
                    departmentNames.GetValueOrDefault(names[d.ProjectId].LeadDepartmentCode, names[d.ProjectId].LeadDepartmentCode)))],
            holds,
            await ByDepartmentAsync(led, departments, clock.Now, cancellationToken),
            new Dashboard.FundingAmounts(await DisbursedAsync(cancellationToken),
                holds.Where(h => h.FundingStatus == FundingStatus.Held).Sum(h => h.Withheld),
                holds.Where(h => h.FundingStatus == FundingStatus.Suspended).Sum(h => h.Withheld)));
    }

    /// <summary>The projects whose money is stopped, read from the partial index of held funding, with what their payments disbursed and what waits.</summary>
    private async Task<List<Dashboard.FundingHold>> HoldsAsync(IQueryable<Project> projects, CancellationToken cancellationToken)
    {
        var held = await projects.Where(p => p.FundingStatus != FundingStatus.Normal)
            .Select(p => new { p.Id, p.Name, p.FundingStatus, p.FundingHoldReason, p.ApprovedBudget })
            .ToListAsync(cancellationToken);
        var ids = held.Select(p => p.Id).ToList();
        // Summed here: SQLite cannot add decimals in SQL.
        var payments = (await db.Set<ProjectPayment>().AsNoTracking().Where(p => ids.Contains(p.ProjectId))
                .Select(p => new { p.ProjectId, p.Amount, p.Status }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ProjectId);
        return [.. held.OrderBy(p => p.Name).Select(p =>
        {
            var disbursed = payments[p.Id].Where(x => x.Status == PaymentStatus.Disbursed).Sum(x => x.Amount);
            var requested = payments[p.Id].Where(x => x.Status == PaymentStatus.Requested).Sum(x => x.Amount);
            return new Dashboard.FundingHold(p.Id, p.Name, p.FundingStatus, p.FundingHoldReason, p.ApprovedBudget, disbursed,
                Math.Max(0m, (p.ApprovedBudget ?? 0m) - disbursed), requested);
        })];
    }

    /// <summary>
    /// Every disbursed payment of the county, added up in the database: the answer is one number however many payments
    /// there are. SQLite keeps decimals as text and cannot add them, so there it adds whole fen (分) as integers: each
    /// amount has two decimals (precision 18, 2), so rounding it to fen is exact, and an integer sum stays exact.
    /// </summary>
    private async Task<decimal> DisbursedAsync(CancellationToken cancellationToken)
    {
        var disbursed = db.Set<ProjectPayment>().AsNoTracking().Where(p => p.Status == PaymentStatus.Disbursed);
        if (db.Database.ProviderName != SqliteProvider)
            return await disbursed.SumAsync(p => p.Amount, cancellationToken);
        return await disbursed.SumAsync(p => (long)Math.Round((double)p.Amount * 100), cancellationToken) / 100m;
    }

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private async Task<List<Dashboard.DepartmentLoad>> ByDepartmentAsync(
        Dictionary<string, int> led, List<Department> departments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The open tasks from the counter rows the database keeps; the overdue ones, a few, from the (status, due date) index.
        var open = db.UserTasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Open && t.DepartmentCode != null);
        var openTasks = await db.Set<DepartmentOpenTaskCount>().AsNoTracking()
            .ToDictionaryAsync(c => c.DepartmentCode, c => c.OpenTasks, cancellationToken);
        var overdue = await open.Where(t => t.DueAt < now).GroupBy(t => t.DepartmentCode!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. departments.Select(d => new Dashboard.DepartmentLoad(d.Code, d.Name, led.GetValueOrDefault(d.Code),
            openTasks.GetValueOrDefault(d.Code), overdue.GetValueOrDefault(d.Code)))];
    }
}
