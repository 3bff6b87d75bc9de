namespace Workflows.Engine.Model;

/// <summary>An embedded sub-process: its own scope inside the parent.</summary>
public sealed class SubProcess : Activity, IFlowScope
{
    public List<FlowNode> Children { get; } = [];
    public List<SequenceFlow> Flows { get; } = [];
}
