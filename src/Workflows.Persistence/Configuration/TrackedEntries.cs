using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Workflows.Persistence.Configuration;

/// <summary>
/// Lets save interceptors list the tracked rows of one entity type without running change detection over
/// every tracked entity: each interceptor doing so would scan them all once more, and SaveChanges scans them
/// right after anyway. Rows staged with <c>Add</c> are Added from that call on, so finding them needs no
/// detection; a caller that needs modifications detects them on the listed entries only.
/// </summary>
public static class TrackedEntries
{
    public static IReadOnlyList<EntityEntry<T>> EntriesWithoutDetecting<T>(this ChangeTracker tracker) where T : class
    {
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<T>().ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
