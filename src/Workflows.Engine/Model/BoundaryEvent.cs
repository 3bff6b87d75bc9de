namespace Workflows.Engine.Model;

public sealed class BoundaryEvent : FlowNode
{
    public required Activity AttachedTo { get; set; }
    public bool CancelActivity { get; init; } = true;
    public required EventDefinition Definition { get; init; }
}
