using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Projects.Domain.Security;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Security.Queries.GetEmergencyRecordFile;

/// <summary>The document of a system's emergency plan or drill (art. 38).</summary>
public sealed record GetEmergencyRecordFile(Guid SystemId, Guid RecordId) : IQuery<EmergencyRecord>;

public sealed class GetEmergencyRecordFileHandler(WorkflowsDbContext db) : IQueryHandler<GetEmergencyRecordFile, EmergencyRecord>
{
    public async ValueTask<EmergencyRecord> Handle(GetEmergencyRecordFile query, CancellationToken cancellationToken) =>
        await db.Set<EmergencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RecordId && r.SystemId == query.SystemId, cancellationToken)
        ?? throw NotFoundException.For("应急预案或演练记录 (emergency record)", query.RecordId);
}
