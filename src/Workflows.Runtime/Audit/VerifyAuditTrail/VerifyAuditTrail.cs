using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Audit;

namespace Workflows.Runtime.Audit.VerifyAuditTrail;

/// <summary>Recomputes the SM3 chain of the audit trail from its first row and names the first row that breaks it.</summary>
public sealed record VerifyAuditTrail : IQuery<AuditVerification>;

public sealed class VerifyAuditTrailHandler(WorkflowsDbContext db) : IQueryHandler<VerifyAuditTrail, AuditVerification>
{
    public async ValueTask<AuditVerification> Handle(VerifyAuditTrail query, CancellationToken cancellationToken)
    {
        AuditEntry? previous = null;
        long rows = 0;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            if (AuditChain.BreakAt(previous, entry) is { } reason)
                return new AuditVerification(false, rows, (previous?.Sequence ?? 0) + 1, reason);
            previous = entry;
        }
        return new AuditVerification(true, rows, null, null);
    }
}
