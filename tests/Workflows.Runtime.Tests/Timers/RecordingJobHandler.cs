using System.Collections.Concurrent;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>Counts how often each timer job fired; fails on purpose while <see cref="FailuresLeft"/> is positive.</summary>
public sealed class RecordingJobHandler : IJobKindHandler
{
    private int _failuresLeft;

    public ConcurrentDictionary<Guid, int> Fired { get; } = new();

    /// <summary>When each job last fired, on the wall clock.</summary>
    public ConcurrentDictionary<Guid, DateTimeOffset> FiredAt { get; } = new();

    public JobKind Kind => JobKind.Timer;

    public int FailuresLeft
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public ValueTask ExecuteAsync(JobRecord job, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("service unavailable");
        }
        Fired.AddOrUpdate(job.Id, 1, (_, count) => count + 1);
        FiredAt[job.Id] = DateTimeOffset.UtcNow;
        return ValueTask.CompletedTask;
    }
}
