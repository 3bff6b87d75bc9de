using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// Takes due jobs with one conditional UPDATE per batch: of several pollers (on one node or several) racing for
/// the same rows, exactly one gets each row, so a timer fires once.
/// A job that still has a lock owner was claimed by a worker that never finished it (its host died, perhaps
/// killed by the job itself): taking it again counts that run as a failed attempt, and a job whose last retry
/// died that way is not taken at all but failed with an incident (<see cref="JobFailureRecorder.RecordAbandonedAsync"/>),
/// so a job that kills its host cannot crash every node in turn forever.
/// </summary>
internal static class JobClaim
{
    public const string AbandonedError = "the worker running the job stopped before finishing it (its lock expired)";

    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static readonly ConcurrentDictionary<IModel, string> PostgreSqlClaims = new();

    /// <summary>Claims up to <paramref name="batchSize"/> due, unlocked jobs for <paramref name="owner"/>, soonest due first.
    /// On PostgreSQL the rows are picked <c>FOR UPDATE SKIP LOCKED</c>: a poller passes over the rows another one is
    /// claiming at that moment instead of waiting for it, and never takes a row the other claimed. Elsewhere the
    /// UPDATE checks the lock condition again on each row (SQLite has one writer at a time).</summary>
    public static async Task<List<Guid>> ClaimDueBatchAsync(WorkflowsDbContext db, string owner, DateTimeOffset now, TimeSpan lockDuration, int batchSize, CancellationToken cancellationToken)
    {
        var lockExpiresAt = now + lockDuration;
        if (db.Database.ProviderName == PostgreSqlProvider)
        {
            return await db.Database
                .SqlQueryRaw<Guid>(PostgreSqlClaim(db), owner, lockExpiresAt, now, batchSize, nameof(JobStatus.Pending), AbandonedError)
                .ToListAsync(cancellationToken);
        }
        var due = Claimable(db.Set<JobRecord>(), now)
            .OrderBy(job => job.DueAt)
            .Take(batchSize)
            .Select(job => job.Id);
        await Claimable(db.Set<JobRecord>().Where(job => due.Contains(job.Id)), now)
            .ExecuteUpdateAsync(setters => Claim(setters, owner, lockExpiresAt), cancellationToken);
        return await db.Set<JobRecord>().Where(job => job.LockOwner == owner && job.Status == JobStatus.Pending).Select(job => job.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The earliest due instant of a pending job no live worker holds (a job whose lock expired counts, to be taken
    /// over or failed); null when there is none. One read of the <c>(status, due_at)</c> index: a poller asks it before it
    /// claims, so an idle poller never writes.</summary>
    public static async Task<DateTimeOffset?> NextDueAtAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<JobRecord>().AsNoTracking()
            .Where(job => job.Status == JobStatus.Pending && (job.LockExpiresAt == null || job.LockExpiresAt < now))
            .OrderBy(job => job.DueAt)
            .Select(job => (DateTimeOffset?)job.DueAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Jobs whose last retry was claimed by a worker that died: not claimable, to be failed with an incident.</summary>
    public static async Task<List<Guid>> AbandonedAsync(WorkflowsDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken) =>
        await db.Set<JobRecord>().AsNoTracking()
            .Where(job => job.Status == JobStatus.Pending && job.DueAt <= now && job.LockOwner != null && job.LockExpiresAt < now && job.RetriesLeft <= 1)
            .OrderBy(job => job.DueAt)
            .Take(batchSize)
            .Select(job => job.Id)
            .ToListAsync(cancellationToken);

    private static IQueryable<JobRecord> Claimable(IQueryable<JobRecord> jobs, DateTimeOffset now) =>
        jobs.Where(job => job.Status == JobStatus.Pending && job.DueAt <= now && (job.LockExpiresAt == null || job.LockExpiresAt < now)
            && (job.LockOwner == null || job.RetriesLeft > 1));

    /// <summary>Takes the lock; counts the attempt of a previous owner that never released it.</summary>
    private static void Claim(UpdateSettersBuilder<JobRecord> setters, string owner, DateTimeOffset lockExpiresAt) => setters
        .SetProperty(job => job.Attempts, job => job.LockOwner == null ? job.Attempts : job.Attempts + 1)
        .SetProperty(job => job.RetriesLeft, job => job.LockOwner == null ? job.RetriesLeft : job.RetriesLeft - 1)
        .SetProperty(job => job.LastError, job => job.LockOwner == null ? job.LastError : AbandonedError)
        .SetProperty(job => job.LockOwner, owner)
        .SetProperty(job => job.LockExpiresAt, lockExpiresAt);

    /// <summary>The claim of <see cref="Claim"/> and <see cref="Claimable"/> in PostgreSQL's words, returning the claimed ids.
    /// Parameters: owner, lock expiry, now, batch size, the pending status, the abandoned error.</summary>
    private static string PostgreSqlClaim(DbContext context) => PostgreSqlClaims.GetOrAdd(context.Model, static (model, context) =>
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var entityType = model.FindEntityType(typeof(JobRecord))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(table)!);
        var (id, status, dueAt, lockOwner, lockExpiresAt) = (Column(nameof(JobRecord.Id)), Column(nameof(JobRecord.Status)),
            Column(nameof(JobRecord.DueAt)), Column(nameof(JobRecord.LockOwner)), Column(nameof(JobRecord.LockExpiresAt)));
        var (attempts, retriesLeft, lastError) = (Column(nameof(JobRecord.Attempts)), Column(nameof(JobRecord.RetriesLeft)), Column(nameof(JobRecord.LastError)));
        var from = sql.DelimitIdentifier(table.Name, table.Schema);
        return $$"""
            UPDATE {{from}} AS j SET
                {{attempts}} = CASE WHEN j.{{lockOwner}} IS NULL THEN j.{{attempts}} ELSE j.{{attempts}} + 1 END,
                {{retriesLeft}} = CASE WHEN j.{{lockOwner}} IS NULL THEN j.{{retriesLeft}} ELSE j.{{retriesLeft}} - 1 END,
                {{lastError}} = CASE WHEN j.{{lockOwner}} IS NULL THEN j.{{lastError}} ELSE {5} END,
                {{lockOwner}} = {0},
                {{lockExpiresAt}} = {1}
            FROM (
                SELECT {{id}} FROM {{from}}
                WHERE {{status}} = {4} AND {{dueAt}} <= {2} AND ({{lockExpiresAt}} IS NULL OR {{lockExpiresAt}} < {2})
                    AND ({{lockOwner}} IS NULL OR {{retriesLeft}} > 1)
                ORDER BY {{dueAt}}
                LIMIT {3}
                FOR UPDATE SKIP LOCKED
            ) AS due
            WHERE j.{{id}} = due.{{id}}
            RETURNING j.{{id}} AS "Value"
            """;
    }, context);
}
