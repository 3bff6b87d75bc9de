namespace Workflows.Engine.Model;

/// <summary>A container of nodes that runs as one scope: a process or an embedded sub-process.</summary>
public interface IFlowScope
{
    string Id { get; }
    List<FlowNode> Children { get; }
    List<SequenceFlow> Flows { get; }
}
