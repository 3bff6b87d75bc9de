using Mediator;
using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Jobs.ListJobs;

/// <summary>Timers, reminders and escalations of running instances in one state, soonest due first.</summary>
public sealed record ListJobs(JobState State, Guid? InstanceId = null, int Skip = 0, int Take = 50) : IQuery<JobPage>;

public sealed record JobCounts(int Due, int Scheduled, int Running, int Failed);

public sealed record JobPage(IReadOnlyList<JobItem> Items, int Total, JobCounts Counts);

public sealed record JobItem(
    Guid Id, JobKind Kind, Guid InstanceId, string? DefinitionKey, int? DefinitionVersion, string? BusinessKey, string ActivityId,
    DateTimeOffset DueAt, int Attempts, int RetriesLeft, string? LastError, string? LockOwner, DateTimeOffset? LockExpiresAt);

public sealed class ListJobsHandler(WorkflowsDbContext db, TimeProvider time) : IQueryHandler<ListJobs, JobPage>
{
    public const int MaxTake = 200;

    public async ValueTask<JobPage> Handle(ListJobs query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var jobs = db.Set<JobRecord>().AsNoTracking();
        if (query.InstanceId is { } instanceId)
            jobs = jobs.Where(j => j.InstanceId == instanceId);
        var counts = new JobCounts(
            await InState(jobs, JobState.Due, now).CountAsync(cancellationToken),
            await InState(jobs, JobState.Scheduled, now).CountAsync(cancellationToken),
            await InState(jobs, JobState.Running, now).CountAsync(cancellationToken),
            await InState(jobs, JobState.Failed, now).CountAsync(cancellationToken));
        var rows =
            from job in InState(jobs, query.State, now)
            join instance in db.Instances.AsNoTracking() on job.InstanceId equals instance.Id into instances
            // A timer start job has no instance yet.
            from instance in instances.DefaultIfEmpty()
            select new { job, DefinitionKey = (string?)instance!.DefinitionKey, DefinitionVersion = (int?)instance.DefinitionVersion, BusinessKey = (string?)instance.BusinessKey };
        var page = await rows
            .OrderBy(r => r.job.DueAt).ThenBy(r => r.job.Id)
            .Skip(Math.Max(query.Skip, 0)).Take(Math.Clamp(query.Take, 1, MaxTake))
            .ToListAsync(cancellationToken);
        var total = query.State switch
        {
            JobState.Due => counts.Due,
            JobState.Scheduled => counts.Scheduled,
            JobState.Running => counts.Running,
            _ => counts.Failed,
        };
        return new JobPage(
            [.. page.Select(r => new JobItem(r.job.Id, r.job.Kind, r.job.InstanceId, r.DefinitionKey, r.DefinitionVersion, r.BusinessKey,
                r.job.ActivityId, r.job.DueAt, r.job.Attempts, r.job.RetriesLeft, r.job.LastError, r.job.LockOwner, r.job.LockExpiresAt))],
            total, counts);
    }

    private static IQueryable<JobRecord> InState(IQueryable<JobRecord> jobs, JobState state, DateTimeOffset now) => state switch
    {
        JobState.Due => jobs.Where(j => j.Status == JobStatus.Pending && j.DueAt <= now && (j.LockOwner == null || j.LockExpiresAt < now)),
        JobState.Scheduled => jobs.Where(j => j.Status == JobStatus.Pending && j.DueAt > now && (j.LockOwner == null || j.LockExpiresAt < now)),
        JobState.Running => jobs.Where(j => j.Status == JobStatus.Pending && j.LockOwner != null && j.LockExpiresAt >= now),
        JobState.Failed => jobs.Where(j => j.Status == JobStatus.Failed),
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
