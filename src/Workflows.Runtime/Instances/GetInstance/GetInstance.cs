using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Incidents;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Instances.GetInstance;

/// <summary>An instance's status, version, where its tokens are, its variables, open incidents and full history; without
/// the history when <paramref name="WithHistory"/> is false (it is paged apart: <c>PageInstanceHistory</c>).</summary>
public sealed record GetInstance(Guid InstanceId, bool WithHistory = true) : IQuery<InstanceDetails>;

public sealed class GetInstanceHandler(WorkflowsDbContext db) : IQueryHandler<GetInstance, InstanceDetails>
{
    public async ValueTask<InstanceDetails> Handle(GetInstance query, CancellationToken cancellationToken)
    {
        var record = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.InstanceId, cancellationToken)
            ?? throw NotFoundException.For("Process instance", query.InstanceId);
        var instance = InstanceStateSerializer.Deserialize(record.State);
        var history = query.WithHistory
            ? await db.Set<HistoryEntry>().AsNoTracking().Where(h => h.InstanceId == query.InstanceId).OrderBy(h => h.Id).ToListAsync(cancellationToken)
            : [];
        var incidents = await db.Set<IncidentRecord>().AsNoTracking()
            .Where(i => i.InstanceId == query.InstanceId && !i.Resolved).ToListAsync(cancellationToken);
        return new InstanceDetails(
            record.Id, record.DefinitionKey, record.DefinitionVersion, record.BusinessKey, record.Status,
            record.StartedAt, record.EndedAt, record.ParentInstanceId, ActiveActivityIds(instance),
            new Dictionary<string, JsonElement>(instance.Variables), incidents, history);
    }

    /// <summary>Where tokens stand; scope executions (the process, sub-processes) only hold them.</summary>
    private static IReadOnlyList<string> ActiveActivityIds(ProcessInstance instance) =>
        instance.Executions
            .Where(e => e.State is not (ExecutionState.Scope or ExecutionState.MultiInstanceBody))
            .Select(e => e.ActivityId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
