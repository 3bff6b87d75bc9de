using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Catalogue;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Queries.GetSystemSecurity;

/// <summary>Art. 38: a system's incidents and emergency records.</summary>
public sealed record GetSystemSecurity(Guid SystemId) : IQuery<SystemSecurity>;

public sealed class GetSystemSecurityHandler(WorkflowsDbContext db) : IQueryHandler<GetSystemSecurity, SystemSecurity>
{
    public async ValueTask<SystemSecurity> Handle(GetSystemSecurity query, CancellationToken cancellationToken)
    {
        var system = await db.Set<InformationSystem>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == query.SystemId, cancellationToken)
            ?? throw NotFoundException.For("信息系统 (system)", query.SystemId);
        var incidents = await db.Set<SecurityIncident>().AsNoTracking().Where(i => i.SystemId == system.Id).ToListAsync(cancellationToken);
        var records = await db.Set<EmergencyRecord>().AsNoTracking().Where(r => r.SystemId == system.Id)
            .Select(r => new SystemSecurity.Emergency(r.Id, r.Kind, r.Dated, r.Title, r.FileName, r.Content.Length, r.Sha256, r.RecordedBy))
            .ToListAsync(cancellationToken);
        return new SystemSecurity(system.Id, system.Name, system.DepartmentCode,
            [.. incidents.OrderByDescending(i => i.OccurredAt).Select(i => new SystemSecurity.Incident(
                i.Id, i.OccurredAt, i.Description, i.Severity, i.Handling, i.ReportedTo, i.ReportedAt, i.RecordedBy, i.RecordedAt))],
            [.. records.OrderByDescending(r => r.Dated)]);
    }
}
