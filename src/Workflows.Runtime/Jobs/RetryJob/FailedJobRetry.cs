using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.History;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Jobs.RetryJob;

/// <summary>Gives a failed job fresh retries, due now, and resolves the incident its failure raised (same id); the
/// timer poll takes it once the command commits.</summary>
public static class FailedJobRetry
{
    public static async Task ResetAsync(WorkflowsDbContext db, JobRecord job, DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        job.Status = JobStatus.Pending;
        job.RetriesLeft = new JobRecord().RetriesLeft;
        job.DueAt = now;
        job.LockOwner = null;
        job.LockExpiresAt = null;
        if (await db.Set<IncidentRecord>().FindAsync([job.Id], cancellationToken) is { Resolved: false } incident)
        {
            incident.Resolved = true;
            incident.ResolvedAt = now;
            incident.ResolvedBy = actor;
        }

        var instance = await db.Instances.AsNoTracking().Where(i => i.Id == job.InstanceId)
            .Select(i => new { i.DefinitionKey, i.DefinitionVersion }).SingleOrDefaultAsync(cancellationToken);
        if (instance is not null)
        {
            db.Add(new HistoryEntry
            {
                InstanceId = job.InstanceId, At = now, Kind = HistoryKind.IncidentResolved, DefinitionKey = instance.DefinitionKey,
                DefinitionVersion = instance.DefinitionVersion, ActivityId = job.ActivityId, ExecutionId = job.ExecutionId, Actor = actor,
                Detail = job.Id.ToString(),
            });
        }
    }
}
