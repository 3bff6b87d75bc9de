using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Execution;
using Workflows.Persistence;

namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>Instances, newest first, optionally of one definition, status, business key and/or department.</summary>
public sealed record ListInstances(
    string? DefinitionKey = null, InstanceStatus? Status = null, string? BusinessKey = null, int Skip = 0, int Take = 50, string? Department = null)
    : IQuery<IReadOnlyList<InstanceSummary>>;

public sealed record InstanceSummary(
    Guid Id, string DefinitionKey, int Version, string? BusinessKey, InstanceStatus Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

public sealed class ListInstancesHandler(WorkflowsDbContext db) : IQueryHandler<ListInstances, IReadOnlyList<InstanceSummary>>
{
    public const int MaxTake = 500;

    public async ValueTask<IReadOnlyList<InstanceSummary>> Handle(ListInstances query, CancellationToken cancellationToken)
    {
        var instances = db.Instances.AsNoTracking();
        if (query.DefinitionKey is not null)
            instances = instances.Where(i => i.DefinitionKey == query.DefinitionKey);
        if (query.Status is { } status)
            instances = instances.Where(i => i.Status == status);
        if (query.BusinessKey is not null)
            instances = instances.Where(i => i.BusinessKey == query.BusinessKey);
        if (query.Department is not null)
            instances = instances.Where(i => i.DepartmentCode == query.Department);
        return await instances
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, MaxTake))
            .Select(i => new InstanceSummary(i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt))
            .ToListAsync(cancellationToken);
    }
}
