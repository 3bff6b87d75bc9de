using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Persistence;
using Workflows.Persistence.Incidents;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Counts a failed attempt on the job row: a retry after an exponentially growing delay while retries are
/// left, then the job fails and an incident tells an admin to look (the execution stays where it waited).
/// </summary>
public sealed class JobFailureRecorder(IServiceScopeFactory scopes, TimeProvider time, IOptions<TimerOptions> options, ITimerTrigger trigger)
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
            db.Add(IncidentFor(job, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (job.Status == JobStatus.Pending)
        {
            trigger.Schedule(job.Id, job.DueAt);
        }
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
