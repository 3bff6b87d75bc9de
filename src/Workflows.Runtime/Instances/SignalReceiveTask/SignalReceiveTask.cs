using System.Text.Json;
using Mediator;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Instances.SignalReceiveTask;

/// <summary>Moves the first token waiting at a receive task on, with or without its message (Camunda's
/// <c>runtimeService.signal</c>): for a receive task no message reaches, or to release one by hand.</summary>
public sealed record SignalReceiveTask(Guid InstanceId, string ActivityId, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Actor = null)
    : ICommand;

public sealed class SignalReceiveTaskHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<SignalReceiveTask>
{
    public async ValueTask<Unit> Handle(SignalReceiveTask command, CancellationToken cancellationToken)
    {
        var session = runner.NewSession();
        var instance = await session.LoadAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(session,
            engine => engine.SignalAsync(session, instance, command.ActivityId, command.Variables, command.Actor, cancellationToken),
            cancellationToken);
        db.Add(new HistoryEntry
        {
            InstanceId = instance.Id, At = time.GetUtcNow(), Kind = HistoryKind.ReceiveTaskSignalled,
            DefinitionKey = instance.DefinitionKey, DefinitionVersion = instance.DefinitionVersion,
            ActivityId = command.ActivityId, Actor = command.Actor,
        });
        return Unit.Value;
    }
}
