using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;

namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>Instances, newest first unless <see cref="Sort"/> says otherwise, filtered and sorted in the database.</summary>
/// <param name="Version">The definition version (with <see cref="DefinitionKey"/>).</param>
/// <param name="StartedFrom">Started at or after this time.</param>
/// <param name="StartedTo">Started before this time.</param>
/// <param name="HasIncident">True: with an open incident; false: without one; null: either.</param>
/// <param name="BusinessKeys">Any of these business keys (a project is named by its id or its code).</param>
public sealed record ListInstances(
    string? DefinitionKey = null, InstanceStatus? Status = null, string? BusinessKey = null, int Skip = 0, int Take = 50, string? Department = null,
    int? Version = null, DateTimeOffset? StartedFrom = null, DateTimeOffset? StartedTo = null, bool? HasIncident = null,
    IReadOnlyList<string>? BusinessKeys = null, InstanceSort Sort = InstanceSort.Started, bool Descending = true)
    : IQuery<IReadOnlyList<InstanceSummary>>;

/// <param name="OpenIncidents">How many incidents of the instance are open.</param>
public sealed record InstanceSummary(
    Guid Id, string DefinitionKey, int Version, string? BusinessKey, InstanceStatus Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    string? DepartmentCode, int OpenIncidents);

public sealed class ListInstancesHandler(WorkflowsDbContext db) : IQueryHandler<ListInstances, IReadOnlyList<InstanceSummary>>
{
    public const int MaxTake = 500;

    public async ValueTask<IReadOnlyList<InstanceSummary>> Handle(ListInstances query, CancellationToken cancellationToken) =>
        await InstanceQueries.Page(db, InstanceQueries.Filter(db, query), query).ToListAsync(cancellationToken);
}
