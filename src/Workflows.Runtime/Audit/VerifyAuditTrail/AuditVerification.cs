namespace Workflows.Runtime.Audit.VerifyAuditTrail;

/// <param name="Rows">How many rows were checked (up to and including the broken one).</param>
/// <param name="BrokenAt">The sequence number of the first row that is missing or does not follow its predecessor; null when intact.</param>
public sealed record AuditVerification(bool Intact, long Rows, long? BrokenAt, string? Reason);
