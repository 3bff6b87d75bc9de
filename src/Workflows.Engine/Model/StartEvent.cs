namespace Workflows.Engine.Model;

public sealed class StartEvent : FlowNode
{
    /// <summary>Null for a none start event.</summary>
    public EventDefinition? Definition { get; init; }
}
