using Microsoft.EntityFrameworkCore;
using Workflows.Persistence;
using Workflows.Persistence.Jobs;
using Workflows.Persistence.Tasks;

namespace Workflows.Runtime.Deadlines;

/// <summary>The still-open task a deadline job is about; null when it was completed or cancelled meanwhile.</summary>
internal static class OpenTaskLookup
{
    public static Task<UserTaskRecord?> FindAsync(WorkflowsDbContext db, JobRecord job, CancellationToken cancellationToken) =>
        db.Set<UserTaskRecord>().AsNoTracking().Include(task => task.Candidates)
            .SingleOrDefaultAsync(task => task.Id == job.TaskId && task.Status == UserTaskStatus.Open, cancellationToken);

    public static IEnumerable<string> CandidatesOf(UserTaskRecord task, CandidateKind kind) =>
        task.Candidates.Where(candidate => candidate.Kind == kind).Select(candidate => candidate.Value);
}
