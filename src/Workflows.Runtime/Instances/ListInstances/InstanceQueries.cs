using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Instances;

namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>The filters and the ordering of <see cref="ListInstances"/>, translated to SQL on every provider.</summary>
internal static class InstanceQueries
{
    public static IQueryable<InstanceRecord> Filter(WorkflowsDbContext db, ListInstances query)
    {
        IQueryable<InstanceRecord> instances = db.Instances.AsNoTracking();
        if (query.DefinitionKey is not null)
            instances = instances.Where(i => i.DefinitionKey == query.DefinitionKey);
        if (query.Version is { } version)
            instances = instances.Where(i => i.DefinitionVersion == version);
        if (query.Status is { } status)
            instances = instances.Where(i => i.Status == status);
        if (query.BusinessKey is not null)
            instances = instances.Where(i => i.BusinessKey == query.BusinessKey);
        if (query.BusinessKeys is { } keys)
            instances = instances.Where(i => i.BusinessKey != null && keys.Contains(i.BusinessKey));
        if (query.Department is not null)
            instances = instances.Where(i => i.DepartmentCode == query.Department);
        if (query.StartedFrom is { } from)
            instances = instances.Where(i => i.StartedAt >= from);
        if (query.StartedTo is { } to)
            instances = instances.Where(i => i.StartedAt < to);
        if (query.HasIncident is { } hasIncident)
        {
            var incidents = db.Set<IncidentRecord>();
            instances = instances.Where(i => incidents.Any(x => x.InstanceId == i.Id && !x.Resolved) == hasIncident);
        }

        return instances;
    }

    public static IQueryable<InstanceSummary> Page(WorkflowsDbContext db, IQueryable<InstanceRecord> instances, ListInstances query)
    {
        var ordered = (query.Sort, query.Descending) switch
        {
            (InstanceSort.Ended, false) => instances.OrderBy(i => i.EndedAt == null).ThenBy(i => i.EndedAt),
            (InstanceSort.Ended, true) => instances.OrderBy(i => i.EndedAt == null).ThenByDescending(i => i.EndedAt),
            (InstanceSort.Definition, false) => instances.OrderBy(i => i.DefinitionKey).ThenBy(i => i.DefinitionVersion).ThenBy(i => i.StartedAt),
            (InstanceSort.Definition, true) => instances.OrderByDescending(i => i.DefinitionKey).ThenByDescending(i => i.DefinitionVersion).ThenByDescending(i => i.StartedAt),
            (_, false) => instances.OrderBy(i => i.StartedAt),
            _ => instances.OrderByDescending(i => i.StartedAt),
        };
        var incidents = db.Set<IncidentRecord>();
        return ordered.ThenBy(i => i.Id)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, ListInstancesHandler.MaxTake))
            .Select(i => new InstanceSummary(
                i.Id, i.DefinitionKey, i.DefinitionVersion, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt, i.DepartmentCode,
                incidents.Count(x => x.InstanceId == i.Id && !x.Resolved)));
    }
}
