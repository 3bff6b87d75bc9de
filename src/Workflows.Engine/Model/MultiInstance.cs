using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary><c>multiInstanceLoopCharacteristics</c> with Camunda's collection and element variable.</summary>
public sealed class MultiInstance
{
    public bool IsSequential { get; init; }

    /// <summary><c>camunda:collection</c>: a variable name or an expression yielding a JSON array.</summary>
    public CompiledExpression? Collection { get; init; }

    /// <summary><c>camunda:elementVariable</c>: the local variable holding each item.</summary>
    public string? ElementVariable { get; init; }

    /// <summary><c>loopCardinality</c>, used when no collection is given.</summary>
    public CompiledExpression? LoopCardinality { get; init; }

    /// <summary>Evaluated after each instance completes, over <c>nrOfInstances</c>,
    /// <c>nrOfCompletedInstances</c>, <c>nrOfActiveInstances</c> and the process variables.</summary>
    public CompiledExpression? CompletionCondition { get; init; }
}
