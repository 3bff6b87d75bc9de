namespace Workflows.Engine.Model;

/// <summary>One executable <c>process</c>: the unit that is versioned and instantiated.</summary>
public sealed class ProcessModel : IFlowScope
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool IsExecutable { get; init; }
    public int Line { get; init; }
    public List<FlowNode> Children { get; } = [];

    /// <summary>The process's <c>camunda:properties</c>, such as its English name (<c>name.en</c>).</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);
    public List<SequenceFlow> Flows { get; } = [];

    /// <summary>Every node of the process, sub-processes included, by id.</summary>
    public Dictionary<string, FlowNode> NodesById { get; } = new(StringComparer.Ordinal);

    public FlowNode Node(string id) =>
        NodesById.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node '{id}' in process '{Id}'.");
}
