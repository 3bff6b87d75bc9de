using Mediator;
using Workflows.Engine.Migration;
using Workflows.Persistence;
using Workflows.Persistence.Audit;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Migrations.MigrateInstance;

/// <summary>Moves one instance to the mapping's target version in its own transaction, checked against the revision it
/// was read at; an instance that does not fit is refused whole (409) and nothing of it changes.</summary>
public sealed record MigrateInstance(Guid InstanceId, ActivityMapping Mapping, bool UpdateEventTriggers = false, string? Actor = null) : ICommand;

public sealed class MigrateInstanceHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<MigrateInstance>
{
    public async ValueTask<Unit> Handle(MigrateInstance command, CancellationToken cancellationToken)
    {
        var session = runner.NewSession();
        var instance = await session.LoadAsync(command.InstanceId, cancellationToken);
        var mapping = command.Mapping;
        await runner.RunAsync(session,
            engine => engine.MigrateAsync(session, instance, mapping, command.UpdateEventTriggers, command.Actor, cancellationToken),
            cancellationToken);
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow(), Actor = command.Actor ?? "system", Action = AuditActions.InstanceMigrated, Target = $"instance {command.InstanceId}",
            Detail = $"{mapping.Source.Key} v{mapping.Source.Version} → v{mapping.Target.Version}",
        });
        return Unit.Value;
    }
}
