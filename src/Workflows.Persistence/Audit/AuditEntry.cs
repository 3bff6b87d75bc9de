namespace Workflows.Persistence.Audit;

/// <summary>
/// One row of the append-only audit trail (art. 37; 等保 2.0 三级 security audit): who did what to what, when,
/// from where. <see cref="Hash"/> is the SM3 hash of the row's content and of the previous row's hash, so an
/// edited, inserted or deleted row breaks the chain from that row on (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3, … without gaps: the position in the chain, assigned when the row is saved.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user name, or <c>anonymous</c> / <c>system</c>.</summary>
    public string Actor { get; set; } = "";

    /// <summary>A stable code of the event (<see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = "";

    /// <summary>What the event acted on: a user, a task, an instance, a definition version, a project, a path.</summary>
    public string? Target { get; set; }

    public string? Detail { get; set; }

    /// <summary>The client's address as the host saw it (behind the proxy: the forwarded one).</summary>
    public string? ClientAddress { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
