namespace Workflows.Engine.Model;

/// <summary>A node that does work: tasks, sub-processes and call activities.</summary>
public abstract class Activity : FlowNode
{
    public List<BoundaryEvent> Boundaries { get; } = [];
    public MultiInstance? MultiInstance { get; init; }
}
