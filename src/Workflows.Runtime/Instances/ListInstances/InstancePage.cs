namespace Workflows.Runtime.Instances.ListInstances;

/// <summary>One page of an instance list and how many instances match the filters in all.</summary>
public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total);
