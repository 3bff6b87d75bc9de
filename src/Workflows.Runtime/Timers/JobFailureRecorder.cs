using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Incidents.Notification;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Counts a failed attempt on the job row: a retry after an exponentially growing delay while retries are
/// left, then the job fails and an incident tells an admin to look (the execution stays where it waited).
/// </summary>
public sealed class JobFailureRecorder(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options)
{
    private const int MaxErrorLength = 4000;

    public async Task RecordAsync(Guid jobId, string owner, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var job = await db.Set<JobRecord>().SingleOrDefaultAsync(candidate => candidate.Id == jobId && candidate.LockOwner == owner, cancellationToken);
        if (job is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        job.Attempts++;
        job.RetriesLeft--;
        job.LastError = Truncate(exception.Message);
        job.LockOwner = null;
        job.LockExpiresAt = null;
        if (job.RetriesLeft > 0)
        {
            job.DueAt = now + RetryDelay(job.Attempts);
        }
        else
        {
            job.Status = JobStatus.Failed;
            var incident = IncidentFor(job, now);
            db.Add(incident);
            await TellAsync(scope.ServiceProvider, db, incident, cancellationToken);
        }
        // A retry is the row's new due instant: the timer poll takes it then.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Fails a job whose last retry was claimed by a worker that never finished it (see <see cref="JobClaim"/>),
    /// with an incident; false when the job is not in that state. One conditional UPDATE, so of several hosts
    /// finding it at once exactly one raises the incident.</summary>
    public async Task<bool> RecordAbandonedAsync(WorkflowsDbContext db, Guid jobId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var failed = await db.Set<JobRecord>()
            .Where(job => job.Id == jobId && job.Status == JobStatus.Pending && job.LockOwner != null && job.LockExpiresAt < now && job.RetriesLeft <= 1)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(job => job.Attempts, job => job.Attempts + 1)
                .SetProperty(job => job.RetriesLeft, job => job.RetriesLeft - 1)
                .SetProperty(job => job.LastError, JobClaim.AbandonedError)
                .SetProperty(job => job.Status, JobStatus.Failed)
                .SetProperty(job => job.LockOwner, (string?)null)
                .SetProperty(job => job.LockExpiresAt, (DateTimeOffset?)null), cancellationToken);
        if (failed == 0)
            return false;
        var job = await db.Set<JobRecord>().AsNoTracking().SingleAsync(candidate => candidate.Id == jobId, cancellationToken);
        db.Add(IncidentFor(job, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Mails the administrators in the transaction that records the failure (a timer has no user to tell).</summary>
    private static async Task TellAsync(IServiceProvider services, WorkflowsDbContext db, IncidentRecord incident, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.AsNoTracking()
            .Where(i => i.Id == incident.InstanceId)
            .Select(i => new { i.DefinitionKey, i.DefinitionVersion, i.BusinessKey })
            .SingleOrDefaultAsync(cancellationToken);
        // A host without mail (a bare timer worker) records the incident untold.
        if (instance is not null && services.GetService<IncidentMailer>() is { } mailer)
            await mailer.TellAsync(incident, instance.DefinitionKey, instance.DefinitionVersion, instance.BusinessKey, cancellationToken);
    }

    private TimeSpan RetryDelay(int attempts) => options.Value.RetryBaseDelay * Math.Pow(2, attempts - 1);

    private static IncidentRecord IncidentFor(JobRecord job, DateTimeOffset now) => new()
    {
        // The job id names the incident, so retrying the incident finds the job to reset.
        Id = job.Id,
        InstanceId = job.InstanceId,
        ExecutionId = job.ExecutionId,
        ActivityId = job.ActivityId,
        Message = Truncate($"Timer job failed {job.Attempts} times; last error: {job.LastError}"),
        CreatedAt = now,
    };

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
