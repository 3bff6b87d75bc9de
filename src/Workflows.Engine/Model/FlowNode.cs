namespace Workflows.Engine.Model;

/// <summary>A node of the graph: event, activity or gateway.</summary>
public abstract class FlowNode : FlowElement
{
    public List<SequenceFlow> Incoming { get; } = [];
    public List<SequenceFlow> Outgoing { get; } = [];

    /// <summary>The scope holding this node: the process or an embedded sub-process.</summary>
    public IFlowScope Scope { get; set; } = null!;

    /// <summary>Camunda extension properties (<c>camunda:properties</c>), e.g. the calendar of a timer.</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);
}
