using Workflows.Persistence.History;

namespace Workflows.Runtime.Instances.PageInstanceHistory;

/// <summary>One page of an instance's history and how many entries it has in all.</summary>
public sealed record InstanceHistoryPage(IReadOnlyList<HistoryEntry> Items, int Total);
