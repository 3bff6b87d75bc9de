using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Calendar;
using Workflows.Persistence;
using Workflows.Projects.Common;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.ListMonitoringGaps;

/// <summary>
/// Art. 36: the systems in service, of one department or (null) all, whose daily monitoring misses working days of the window,
/// most days missing first.
/// </summary>
public sealed record ListMonitoringGaps(string? DepartmentCode) : IQuery<IReadOnlyList<MonitoringGap>>;

public sealed class ListMonitoringGapsHandler(WorkflowsDbContext db, ProjectDeadlines deadlines, IBusinessCalendar calendar)
    : IQueryHandler<ListMonitoringGaps, IReadOnlyList<MonitoringGap>>
{
    public async ValueTask<IReadOnlyList<MonitoringGap>> Handle(ListMonitoringGaps query, CancellationToken cancellationToken)
    {
        var windowStart = MonitoringWindow.StartOf(deadlines.Today);
        var systems = await db.Set<InformationSystem>().AsNoTracking()
            .Where(s => s.EntryStatus == CatalogueEntryStatus.Confirmed && s.Status == SystemStatus.Running
                && (query.DepartmentCode == null || s.DepartmentCode == query.DepartmentCode))
            .ToListAsync(cancellationToken);
        var ids = systems.Select(s => s.Id).ToList();
        var checkedDays = (await db.Set<MonitoringCheck>().AsNoTracking()
                .Where(c => ids.Contains(c.SystemId) && c.CheckedOn >= windowStart)
                .Select(c => new { c.SystemId, c.CheckedOn }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.SystemId, c => c.CheckedOn);
        var lastChecked = (await db.Set<MonitoringCheck>().AsNoTracking().Where(c => ids.Contains(c.SystemId))
                .GroupBy(c => c.SystemId).Select(day => new { SystemId = day.Key, Last = day.Max(c => c.CheckedOn) }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.SystemId, c => c.Last);
        var gaps = new List<MonitoringGap>();
        foreach (var system in systems)
        {
            var missing = MonitoringWindow.UncheckedDays(system, checkedDays[system.Id].ToHashSet(), deadlines, calendar);
            if (missing.Count > 0)
            {
                gaps.Add(new MonitoringGap(system.Id, system.Name, system.DepartmentCode, missing.Count, missing[^1], missing[0],
                    lastChecked.TryGetValue(system.Id, out var last) ? last : null));
            }
        }

        return [.. gaps.OrderByDescending(g => g.UncheckedDays).ThenBy(g => g.DepartmentCode).ThenBy(g => g.SystemName)];
    }
}
