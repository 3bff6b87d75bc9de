namespace Workflows.Persistence.Audit;

/// <summary>
/// A row of a domain's own history (a project's changes) that the audit trail also records: when it is saved,
/// <see cref="AuditChainInterceptor"/> appends the entry it describes in the same transaction.
/// </summary>
public interface IAuditedChange
{
    AuditEntry ToAuditEntry();
}
