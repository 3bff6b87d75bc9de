using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Audit;

namespace Workflows.Runtime.Audit.ListAuditEntries;

/// <summary>The audit trail, newest first, a page at a time: rows before <see cref="Before"/>, optionally of one actor or action.</summary>
public sealed record ListAuditEntries(long? Before = null, int Take = 100, string? Actor = null, string? Action = null)
    : IQuery<IReadOnlyList<AuditEntryItem>>;

public sealed class ListAuditEntriesHandler(WorkflowsDbContext db) : IQueryHandler<ListAuditEntries, IReadOnlyList<AuditEntryItem>>
{
    public const int MaxTake = 10_000;

    public async ValueTask<IReadOnlyList<AuditEntryItem>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var rows = db.Set<AuditEntry>().AsNoTracking();
        if (query.Before is { } before)
            rows = rows.Where(e => e.Sequence < before);
        if (!string.IsNullOrEmpty(query.Actor))
            rows = rows.Where(e => e.Actor == query.Actor);
        if (!string.IsNullOrEmpty(query.Action))
            rows = rows.Where(e => e.Action == query.Action);
        return await rows.OrderByDescending(e => e.Sequence)
            .Take(Math.Clamp(query.Take, 1, MaxTake))
            .Select(e => new AuditEntryItem(e.Sequence, e.At, e.Actor, e.Action, e.Target, e.Detail, e.ClientAddress, e.PreviousHash, e.Hash))
            .ToListAsync(cancellationToken);
    }
}
