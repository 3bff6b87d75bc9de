using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.Audit;

namespace Workflows.Runtime.Audit.RecordAuditEvent;

/// <summary>
/// Appends one security event that changes nothing else (a sign-in, a denial) to the audit trail, in a
/// transaction of its own; changes made by commands are audited in their own transaction instead.
/// </summary>
public sealed record RecordAuditEvent(string Action, string? Actor, string? Target = null, string? Detail = null, string? ClientAddress = null)
    : ICommand;

public sealed class RecordAuditEventHandler(WorkflowsDbContext db, TimeProvider time) : ICommandHandler<RecordAuditEvent>
{
    public ValueTask<Unit> Handle(RecordAuditEvent command, CancellationToken cancellationToken)
    {
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = string.IsNullOrEmpty(command.Actor) ? "anonymous" : command.Actor,
            Action = command.Action,
            Target = command.Target,
            Detail = command.Detail,
            ClientAddress = command.ClientAddress,
        });
        return ValueTask.FromResult(Unit.Value);
    }
}
