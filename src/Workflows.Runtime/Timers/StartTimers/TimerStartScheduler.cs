using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workflows.Persistence;
using Workflows.Persistence.Configuration;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers.StartTimers;

/// <summary>
/// Keeps the schedule of timer start events with the definitions, in the transaction that publishes or
/// retires a version: publishing gives the new version the jobs of its timer start events and takes them
/// from every other version of the key (only the latest published version starts instances); retiring
/// a version takes its jobs. The timer poll fires the new rows when they fall due.
/// </summary>
public sealed class TimerStartScheduler(TimeProvider time) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is WorkflowsDbContext db && Changes(db) is { } changes)
        {
            var keys = changes.Published.Select(definition => definition.Key).Distinct().ToList();
            var replaced = await db.Definitions.Where(definition => keys.Contains(definition.Key)).Select(definition => definition.Id).ToListAsync(cancellationToken);
            var obsolete = replaced.Concat(changes.Retired).ToList();
            Apply(db, changes, await db.Set<JobRecord>().Where(IsPendingStartOf(obsolete)).ToListAsync(cancellationToken));
        }
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is WorkflowsDbContext db && Changes(db) is { } changes)
        {
            var keys = changes.Published.Select(definition => definition.Key).Distinct().ToList();
            var replaced = db.Definitions.Where(definition => keys.Contains(definition.Key)).Select(definition => definition.Id).ToList();
            var obsolete = replaced.Concat(changes.Retired).ToList();
            Apply(db, changes, db.Set<JobRecord>().Where(IsPendingStartOf(obsolete)).ToList());
        }
        return base.SavingChanges(eventData, result);
    }

    private static (List<DefinitionRecord> Published, List<Guid> Retired)? Changes(WorkflowsDbContext db)
    {
        // Retiring is a property change: detect it on the definition rows only, not on every tracked row.
        var definitions = db.ChangeTracker.EntriesWithoutDetecting<DefinitionRecord>();
        foreach (var definition in definitions)
            definition.DetectChanges();
        var published = definitions.Where(entry => entry.State == EntityState.Added && entry.Entity.Status == DefinitionStatus.Published).Select(entry => entry.Entity).ToList();
        var retired = definitions.Where(entry => entry.State == EntityState.Modified && entry.Entity.Status == DefinitionStatus.Retired).Select(entry => entry.Entity.Id).ToList();
        return published.Count == 0 && retired.Count == 0 ? null : (published, retired);
    }

    private static System.Linq.Expressions.Expression<Func<JobRecord, bool>> IsPendingStartOf(List<Guid> definitionIds) =>
        job => job.Kind == JobKind.TimerStart && job.Status == JobStatus.Pending && job.DefinitionId != null && definitionIds.Contains(job.DefinitionId.Value);

    private void Apply(WorkflowsDbContext db, (List<DefinitionRecord> Published, List<Guid> Retired) changes, List<JobRecord> obsoleteJobs)
    {
        db.RemoveRange(obsoleteJobs);
        var now = time.GetUtcNow();
        foreach (var definition in changes.Published)
        {
            foreach (var (startEventId, cycle, parsed) in TimerStartEvents.Of(definition.Xml, definition.Key))
                db.Add(TimerStartJobRows.Create(definition.Id, startEventId, cycle, parsed.FirstAfter(now), now));
        }
    }
}
