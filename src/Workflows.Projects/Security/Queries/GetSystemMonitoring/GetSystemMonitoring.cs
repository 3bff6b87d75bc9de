using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Departments;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Queries.GetSystemMonitoring;

/// <summary>Art. 36: a system's internal management rules and daily monitoring, with the working days left unchecked.</summary>
public sealed record GetSystemMonitoring(Guid SystemId) : IQuery<SystemMonitoring>;

public sealed class GetSystemMonitoringHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, IBusinessCalendar calendar)
    : IQueryHandler<GetSystemMonitoring, SystemMonitoring>
{
    public async ValueTask<SystemMonitoring> Handle(GetSystemMonitoring query, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SystemId, cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", query.SystemId);
        var today = deadlines.Today;
        var windowStart = MonitoringWindow.StartOf(today);
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
        var inService = MonitoringWindow.InService(system);
        // The people by name, as the page shows them: 张三, not the sign-in code dept-a.
        var name = await UserNames.NamerAsync(db,
            [.. rules.Select(r => r.FiledBy), .. checks.Select(c => c.RecordedBy), .. lastCheck is null ? [] : new[] { lastCheck.RecordedBy }], cancellationToken);
        checks = [.. checks.Select(c => c with { RecordedByName = name(c.RecordedBy) })];
        lastCheck = lastCheck is null ? null : lastCheck with { RecordedByName = name(lastCheck.RecordedBy) };
        return new SystemMonitoring(system.Id, system.Name, system.DepartmentCode, system.Status, inService,
            [.. rules.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.FiledAt).Select(r => r with { FiledByName = name(r.FiledBy) })], checks, lastCheck,
            inService ? MonitoringWindow.UncheckedDays(system, latestRevision.Keys.ToHashSet(), deadlines, calendar) : []);
    }

    private async Task<SystemMonitoring.Check?> LastBeforeAsync(Guid systemId, DateOnly windowStart, CancellationToken cancellationToken)
    {
        var last = await db.Set<MonitoringCheck>().AsNoTracking().Where(c => c.SystemId == systemId && c.CheckedOn < windowStart)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Revision).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null
            : new SystemMonitoring.Check(last.Id, last.CheckedOn, last.Revision, true, last.Status, last.Notes, last.RecordedBy, last.RecordedAt);
    }
}
