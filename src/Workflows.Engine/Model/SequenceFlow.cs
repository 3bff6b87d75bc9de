using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed class SequenceFlow : FlowElement
{
    public required FlowNode Source { get; init; }
    public required FlowNode Target { get; init; }

    /// <summary>The compiled <c>conditionExpression</c>; null when the flow is unconditional.</summary>
    public CompiledExpression? Condition { get; init; }
}
