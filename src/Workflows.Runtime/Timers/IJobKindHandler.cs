using Workflows.Persistence.Jobs;

namespace Workflows.Runtime.Timers;

/// <summary>
/// What firing a job of one <see cref="JobKind"/> does. It runs inside the transaction that marks the job
/// done, on the DbContext of the scope it was resolved from, so its changes and "done" commit together.
/// Throwing rolls both back and counts as a failed attempt.
/// </summary>
public interface IJobKindHandler
{
    JobKind Kind { get; }

    ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken);
}
