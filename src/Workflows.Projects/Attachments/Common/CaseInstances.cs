using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;

namespace Workflows.Projects.Attachments.Common;

/// <summary>
/// The process instances of one case: the instance itself, the instances that called it up to the first one (a
/// cross-department project calling the new-project review) and every instance those called. Reviewers of the
/// called review read what the co-building departments wrote in the calling process, and the other way round.
/// </summary>
public static class CaseInstances
{
    // A call chain deeper than this is a modelling error: stop there rather than walk on.
    private const int MaxDepth = 16;

    public static async Task<IReadOnlyList<Guid>> OfAsync(WorkflowsDbContext db, Guid instanceId, CancellationToken cancellationToken)
    {
        var root = instanceId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var parent = await db.Instances.AsNoTracking().Where(i => i.Id == root).Select(i => i.ParentInstanceId).FirstOrDefaultAsync(cancellationToken);
            if (parent is not { } caller)
                break;
            root = caller;
        }

        var found = new List<Guid> { root };
        IReadOnlyList<Guid> callers = [root];
        for (var depth = 0; depth < MaxDepth && callers.Count > 0; depth++)
        {
            var parents = callers;
            callers = await db.Instances.AsNoTracking()
                .Where(i => i.ParentInstanceId != null && parents.Contains(i.ParentInstanceId.Value))
                .Select(i => i.Id).ToListAsync(cancellationToken);
            found.AddRange(callers);
        }
        return found;
    }
}
