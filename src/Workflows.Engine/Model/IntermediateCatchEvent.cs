namespace Workflows.Engine.Model;

public sealed class IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }
}
