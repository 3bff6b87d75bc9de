using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Incidents.ListIncidents;

/// <summary>Incidents, newest first, filtered in the database; the page carries the total and the open count.</summary>
/// <param name="Open">True for open incidents, false for resolved ones, null for both.</param>
/// <param name="Text">Part of the error message or of the element id.</param>
public sealed record ListIncidents(
    string? DefinitionKey = null, Guid? InstanceId = null, bool? Open = null, string? BusinessKey = null, string? ActivityId = null,
    string? Text = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Skip = 0, int Take = 50) : IQuery<IncidentPage>;

public sealed record IncidentPage(IReadOnlyList<IncidentItem> Items, int Total, int OpenCount);

/// <param name="Job">True when a timer job failed its retries (retry resets the job); false when an execution is parked.</param>
public sealed record IncidentItem(
    Guid Id, Guid InstanceId, string? DefinitionKey, int? DefinitionVersion, string? BusinessKey, string ActivityId, string Message,
    DateTimeOffset CreatedAt, bool Resolved, DateTimeOffset? ResolvedAt, string? ResolvedBy, string? ResolutionNote,
    string? RaisedBy, IReadOnlyList<string> NotifiedUsers, bool Job);

public sealed class ListIncidentsHandler(WorkflowsDbContext db) : IQueryHandler<ListIncidents, IncidentPage>
{
    public const int MaxTake = 200;

    public async ValueTask<IncidentPage> Handle(ListIncidents query, CancellationToken cancellationToken)
    {
        var rows =
            from incident in db.Set<IncidentRecord>().AsNoTracking()
            join instance in db.Instances.AsNoTracking() on incident.InstanceId equals instance.Id into instances
            // A timer start job that failed has no instance.
            from instance in instances.DefaultIfEmpty()
            select new { incident, DefinitionKey = (string?)instance!.DefinitionKey, DefinitionVersion = (int?)instance.DefinitionVersion, BusinessKey = (string?)instance.BusinessKey };
        if (query.DefinitionKey is not null)
            rows = rows.Where(r => r.DefinitionKey == query.DefinitionKey);
        if (query.InstanceId is { } instanceId)
            rows = rows.Where(r => r.incident.InstanceId == instanceId);
        if (query.Open is { } open)
            rows = rows.Where(r => r.incident.Resolved != open);
        if (query.BusinessKey is not null)
            rows = rows.Where(r => r.BusinessKey == query.BusinessKey);
        if (query.ActivityId is not null)
            rows = rows.Where(r => r.incident.ActivityId == query.ActivityId);
        if (!string.IsNullOrWhiteSpace(query.Text))
            rows = rows.Where(r => r.incident.Message.Contains(query.Text) || r.incident.ActivityId.Contains(query.Text));
        if (query.From is { } from)
            rows = rows.Where(r => r.incident.CreatedAt >= from);
        if (query.To is { } to)
            rows = rows.Where(r => r.incident.CreatedAt < to);

        var total = await rows.CountAsync(cancellationToken);
        var openCount = await db.Set<IncidentRecord>().CountAsync(i => !i.Resolved, cancellationToken);
        var page = await rows
            .OrderByDescending(r => r.incident.CreatedAt).ThenByDescending(r => r.incident.Id)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, MaxTake))
            .ToListAsync(cancellationToken);
        var ids = page.Select(r => r.incident.Id).ToList();
        // A failed timer job names its incident (JobFailureRecorder).
        var jobIds = await db.Set<JobRecord>().AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => j.Id).ToListAsync(cancellationToken);
        return new IncidentPage(
            [.. page.Select(r => new IncidentItem(
                r.incident.Id, r.incident.InstanceId, r.DefinitionKey, r.DefinitionVersion, r.BusinessKey, r.incident.ActivityId, r.incident.Message,
                r.incident.CreatedAt, r.incident.Resolved, r.incident.ResolvedAt, r.incident.ResolvedBy, r.incident.ResolutionNote,
                r.incident.RaisedBy, r.incident.NotifiedUsers?.Split(',') ?? [], jobIds.Contains(r.incident.Id)))],
            total, openCount);
    }
}
