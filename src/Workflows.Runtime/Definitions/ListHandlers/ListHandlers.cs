using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Engine.Model;
using Workflows.Persistence;
using Workflows.Persistence.Definitions;
using Workflows.Runtime.Definitions.Publishing;

namespace Workflows.Runtime.Definitions.ListHandlers;

/// <summary>The registered service-task handlers a model may name (<c>camunda:delegateExpression="${name}"</c>), by name.</summary>
public sealed record ListHandlers : IQuery<IReadOnlyList<HandlerSummary>>;

/// <param name="UsedBy">What the latest published versions call the tasks that run it (<c>new-project: 登记合同签订</c>): the
/// handler's meaning in the bureau's words; empty for a handler no published process uses yet.</param>
public sealed record HandlerSummary(string Name, IReadOnlyList<string> UsedBy);

public sealed class ListHandlersHandler(IEnumerable<IServiceTaskHandler> handlers, WorkflowsDbContext db, DefinitionCheck check)
    : IQueryHandler<ListHandlers, IReadOnlyList<HandlerSummary>>
{
    public async ValueTask<IReadOnlyList<HandlerSummary>> Handle(ListHandlers query, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.Status == DefinitionStatus.Published)
            .Select(d => new { d.Id, d.Key, d.Version })
            .ToListAsync(cancellationToken);
        var latest = versions.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!.Id).ToList();
        var published = await db.Definitions.AsNoTracking()
            .Where(d => latest.Contains(d.Id))
            .Select(d => new { d.Key, d.Xml })
            .ToListAsync(cancellationToken);
        var uses = published
            .SelectMany(definition => check.Import(definition.Xml, definition.Key).Process?.NodesById.Values.OfType<ServiceTask>()
                .Select(task => (task.HandlerName, Use: $"{definition.Key}: {task.Name ?? task.Id}")) ?? [])
            .ToLookup(use => use.HandlerName, use => use.Use, StringComparer.Ordinal);
        return handlers.Select(handler => handler.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => new HandlerSummary(name, [.. uses[name].Distinct().Order(StringComparer.Ordinal)]))
            .ToList();
    }
}
