using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Queries.GetSystemMonitoring;

/// <summary>Art. 36: a system's internal management rules and daily monitoring, with the working days left unchecked.</summary>
public sealed record GetSystemMonitoring(Guid SystemId) : IQuery<SystemMonitoring>;

public sealed class GetSystemMonitoringHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, IBusinessCalendar calendar)
    : IQueryHandler<GetSystemMonitoring, SystemMonitoring>
{
    /// <summary>How far back the log is shown and unchecked days are counted.</summary>
    public const int WindowDays = 30;

    public async ValueTask<SystemMonitoring> Handle(GetSystemMonitoring query, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SystemId, cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", query.SystemId);
        var today = deadlines.Today;
        var windowStart = today.AddDays(-WindowDays);
        var rules = await db.Set<ManagementRule>().AsNoTracking().Where(r => r.SystemId == system.Id)
            .Select(r => new SystemMonitoring.Rule(r.Id, r.Title, r.Version, r.EffectiveOn, r.FileName, r.Content.Length, r.Sha256, r.FiledBy, r.FiledAt))
            .ToListAsync(cancellationToken);
        var entries = await db.Set<MonitoringCheck>().AsNoTracking().Where(c => c.SystemId == system.Id && c.CheckedOn >= windowStart)
            .ToListAsync(cancellationToken);
        var latestRevision = entries.GroupBy(c => c.CheckedOn).ToDictionary(day => day.Key, day => day.Max(c => c.Revision));
        var checks = entries.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Revision)
            .Select(c => new SystemMonitoring.Check(
                c.Id, c.CheckedOn, c.Revision, c.Revision == latestRevision[c.CheckedOn], c.Status, c.Notes, c.RecordedBy, c.RecordedAt))
            .ToList();
        var lastCheck = checks.FirstOrDefault(c => c.Current) ?? await LastBeforeAsync(system.Id, windowStart, cancellationToken);
        var inService = system.EntryStatus == CatalogueEntryStatus.Confirmed && system.Status == SystemStatus.Running;
        return new SystemMonitoring(system.Id, system.Name, system.DepartmentCode, system.Status, inService,
            [.. rules.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.FiledAt)], checks, lastCheck,
            inService ? MissingDays(system, windowStart, today, latestRevision.Keys.ToHashSet()) : []);
    }

    /// <summary>The working days from the window's start (or the day the bureau confirmed the entry) to yesterday with no entry.</summary>
    private List<DateOnly> MissingDays(InformationSystem system, DateOnly windowStart, DateOnly today, HashSet<DateOnly> checkedDays)
    {
        var confirmedOn = deadlines.LocalDate(system.ReviewedAt ?? system.ListedAt);
        var missing = new List<DateOnly>();
        for (var day = confirmedOn > windowStart ? confirmedOn : windowStart; day < today; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && !checkedDays.Contains(day))
                missing.Add(day);
        }

        missing.Reverse();
        return missing;
    }

    private async Task<SystemMonitoring.Check?> LastBeforeAsync(Guid systemId, DateOnly windowStart, CancellationToken cancellationToken)
    {
        var last = await db.Set<MonitoringCheck>().AsNoTracking().Where(c => c.SystemId == systemId && c.CheckedOn < windowStart)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Revision).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null
            : new SystemMonitoring.Check(last.Id, last.CheckedOn, last.Revision, true, last.Status, last.Notes, last.RecordedBy, last.RecordedAt);
    }
}
