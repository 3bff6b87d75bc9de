using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>
/// A sandboxed expression (the body of <c>${…}</c>), parsed once per definition version.
/// Only variables, literals, comparison, logical operators and member access into JSON:
/// no type access, no I/O.
/// </summary>
public sealed partial class CompiledExpression
{
    public string Source { get; }

    /// <summary>Evaluates to a JSON value (a string, number, boolean, null, object or array).</summary>
    public JsonElement Evaluate(IVariableSource variables) => EvaluateCore(variables);

    /// <summary>Evaluates a condition; a non-boolean result is an <see cref="ExpressionEvaluationException"/>.</summary>
    public bool EvaluateCondition(IVariableSource variables) => EvaluateConditionCore(variables);
}
