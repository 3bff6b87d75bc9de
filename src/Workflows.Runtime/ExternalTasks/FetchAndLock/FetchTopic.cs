namespace Workflows.Runtime.ExternalTasks.FetchAndLock;

/// <summary>A topic a worker fetches, how long it locks each task, and the variables it wants (null: all).</summary>
public sealed record FetchTopic(string TopicName, TimeSpan LockDuration, IReadOnlyList<string>? Variables);
