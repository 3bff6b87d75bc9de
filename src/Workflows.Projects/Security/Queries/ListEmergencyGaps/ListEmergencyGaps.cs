using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;

namespace Workflows.Projects.Security.Queries.ListEmergencyGaps;

/// <summary>
/// Art. 38: the county's running systems (provincial and municipal ones aside) without an emergency plan or without a drill on
/// file, of one department or (null) all. The measures name plans and drills but no period, so any drill on file counts.
/// </summary>
public sealed record ListEmergencyGaps(string? DepartmentCode) : IQuery<IReadOnlyList<EmergencyGap>>;

public sealed class ListEmergencyGapsHandler(WorkflowsDbContext db) : IQueryHandler<ListEmergencyGaps, IReadOnlyList<EmergencyGap>>
{
    public async ValueTask<IReadOnlyList<EmergencyGap>> Handle(ListEmergencyGaps query, CancellationToken cancellationToken)
    {
        var records = db.Set<EmergencyRecord>().AsNoTracking();
        var rows = await db.Set<InformationSystem>().AsNoTracking()
            .Where(s => s.Status == SystemStatus.Running && !s.IsUpperLevel
                && (query.DepartmentCode == null || s.DepartmentCode == query.DepartmentCode))
            .Select(s => new
            {
                s.Id, s.Name, s.DepartmentCode,
                HasPlan = records.Any(r => r.SystemId == s.Id && r.Kind == EmergencyRecordKind.Plan),
                LastDrillOn = records.Where(r => r.SystemId == s.Id && r.Kind == EmergencyRecordKind.Drill).Max(r => (DateOnly?)r.Dated),
            })
            .Where(s => !s.HasPlan || s.LastDrillOn == null)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DepartmentCode).ThenBy(r => r.Name).Select(r => new EmergencyGap(r.Id, r.Name, r.DepartmentCode, r.HasPlan, r.LastDrillOn))];
    }
}
