namespace Workflows.Runtime.Audit.ListAuditEntries;

/// <summary>An audit row as the API and the export show it, with both hashes so that anyone can recompute the chain.</summary>
public sealed record AuditEntryItem(
    long Sequence, DateTimeOffset At, string Actor, string Action, string? Target, string? Detail, string? ClientAddress,
    string PreviousHash, string Hash);
