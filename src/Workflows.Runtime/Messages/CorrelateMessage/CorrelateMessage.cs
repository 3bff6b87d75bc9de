using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.History;
using Workflows.Persistence.Messages;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Messages.CorrelateMessage;

/// <summary>Delivers a message to every execution waiting for it on the business key; returns how many received it.</summary>
public sealed record CorrelateMessage(string Name, string? BusinessKey, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Actor = null)
    : ICommand<int>;

public sealed class CorrelateMessageHandler(WorkflowsDbContext db, EngineRunner runner, TimeProvider time) : ICommandHandler<CorrelateMessage, int>
{
    public async ValueTask<int> Handle(CorrelateMessage command, CancellationToken cancellationToken)
    {
        var subscriptions = await db.Set<MessageSubscriptionRecord>().AsNoTracking()
            .Where(s => s.MessageName == command.Name && s.BusinessKey == command.BusinessKey)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
            throw await IsDeclaredAsync(command.Name, cancellationToken)
                ? new MessageNotCorrelatedException(command.Name, command.BusinessKey)
                : new UnknownMessageException(command.Name);

        var session = runner.NewSession();
        foreach (var subscription in subscriptions)
        {
            var instance = await session.LoadAsync(subscription.InstanceId, cancellationToken);
            await runner.RunAsync(session,
                engine => engine.CorrelateMessageAsync(session, instance, subscription.Id, command.Variables, command.Actor, cancellationToken),
                cancellationToken);
            db.Add(new HistoryEntry
            {
                InstanceId = instance.Id, At = time.GetUtcNow(), Kind = HistoryKind.MessageCorrelated,
                DefinitionKey = instance.DefinitionKey, DefinitionVersion = instance.DefinitionVersion,
                ActivityId = subscription.ActivityId, ExecutionId = subscription.ExecutionId, Actor = command.Actor, Detail = command.Name,
            });
        }
        return subscriptions.Count;
    }

    private Task<bool> IsDeclaredAsync(string name, CancellationToken cancellationToken)
    {
        var pattern = MessageNames.Pattern(name);
        return db.Definitions.AnyAsync(d => d.Status == DefinitionStatus.Published && d.MessageNames.Contains(pattern), cancellationToken);
    }
}
