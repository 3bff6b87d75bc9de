using Mediator;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Instances.CancelInstance;

/// <summary>Ends a running instance: its open tasks are cancelled, its subscriptions and timers removed.</summary>
public sealed record CancelInstance(Guid InstanceId, string? Reason = null, string? Actor = null) : ICommand;

public sealed class CancelInstanceHandler(EngineRunner runner) : ICommandHandler<CancelInstance>
{
    public async ValueTask<Unit> Handle(CancelInstance command, CancellationToken cancellationToken)
    {
        var session = runner.NewSession();
        var instance = await session.LoadAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(session, engine => engine.CancelAsync(session, instance, command.Reason, command.Actor, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
