using System.Collections.Concurrent;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>Remembers the triggers asked for instead of scheduling Hangfire jobs.</summary>
public sealed class RecordingTrigger : ITimerTrigger
{
    public ConcurrentQueue<(Guid JobId, DateTimeOffset DueAt)> Scheduled { get; } = new();

    public void Schedule(Guid jobId, DateTimeOffset dueAt) => Scheduled.Enqueue((jobId, dueAt));
}
