using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Migrations.ListMigrationInstances;

/// <summary>The running instances of one version, oldest first, with the activities they are active in: what a plan must map.</summary>
public sealed record ListMigrationInstances(string DefinitionKey, int Version, int Take = 200) : IQuery<IReadOnlyList<MigrationCandidate>>;

public sealed record MigrationCandidate(Guid Id, string? BusinessKey, DateTimeOffset StartedAt, IReadOnlyList<string> ActiveActivityIds);

public sealed class ListMigrationInstancesHandler(WorkflowsDbContext db) : IQueryHandler<ListMigrationInstances, IReadOnlyList<MigrationCandidate>>
{
    public const int MaxTake = 500;

    public async ValueTask<IReadOnlyList<MigrationCandidate>> Handle(ListMigrationInstances query, CancellationToken cancellationToken)
    {
        var rows = await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionKey == query.DefinitionKey && i.DefinitionVersion == query.Version && i.Status == InstanceStatus.Running)
            .OrderBy(i => i.StartedAt).ThenBy(i => i.Id)
            .Take(Math.Clamp(query.Take, 1, MaxTake))
            .Select(i => new { i.Id, i.BusinessKey, i.StartedAt, i.State })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new MigrationCandidate(row.Id, row.BusinessKey, row.StartedAt,
            ActiveActivityIds(InstanceStateSerializer.Deserialize(row.State))))];
    }

    /// <summary>Every activity an execution rests at, scopes included: each must be mapped.</summary>
    private static IReadOnlyList<string> ActiveActivityIds(ProcessInstance instance) =>
        [.. instance.Executions.Where(e => e.ParentId is not null).Select(e => e.ActivityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
