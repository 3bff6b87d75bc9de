using System.Text.Json;
using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Instances.StartInstance;

/// <summary>Starts the latest published version of a definition, or the given one, and runs it to its first waits;
/// <see cref="FailWhenNoFlowMatches"/> asks for Camunda's behaviour when no gateway flow matches (nothing saved).</summary>
public sealed record StartInstance(
    string DefinitionKey,
    int? Version = null,
    string? BusinessKey = null,
    IReadOnlyDictionary<string, JsonElement>? Variables = null,
    string? Actor = null,
    bool FailWhenNoFlowMatches = false) : ICommand<StartedInstance>, IOptimisticCommand;

public sealed record StartedInstance(Guid InstanceId, int Version, InstanceStatus Status);

public sealed class StartInstanceHandler(IDefinitionResolver definitions, EngineRunner runner) : ICommandHandler<StartInstance, StartedInstance>
{
    public async ValueTask<StartedInstance> Handle(StartInstance command, CancellationToken cancellationToken)
    {
        var definition = await definitions.ResolveAsync(command.DefinitionKey, command.Version, cancellationToken);
        // Art. 26: a process without a none start (the yearly self-evaluation) is started by its timer only.
        if (!definition.HasNoneStart)
            throw new InvalidRequestException(
                $"Process '{definition.Key}' version {definition.Version} has no none start event: it starts on its timer and cannot be started by hand.");
        var session = runner.NewSession();
        var request = new StartRequest(command.BusinessKey, command.Variables, command.Actor, FailWhenNoFlowMatches: command.FailWhenNoFlowMatches);
        var result = await runner.RunAsync(session, engine => engine.StartAsync(session, definition, request, cancellationToken), cancellationToken);
        var started = result.Events.OfType<InstanceStarted>().First();
        var instance = session.Find(started.InstanceId)!;
        return new StartedInstance(instance.Id, instance.DefinitionVersion, instance.Status);
    }
}
