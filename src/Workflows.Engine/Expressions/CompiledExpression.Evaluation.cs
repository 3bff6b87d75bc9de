using System.Text.Json;
using Workflows.Engine.Expressions.Syntax;

namespace Workflows.Engine.Expressions;

public sealed partial class CompiledExpression
{
    private readonly ExpressionNode root;

    internal CompiledExpression(string source, ExpressionNode root)
    {
        Source = source;
        this.root = root;
    }

    private JsonElement EvaluateCore(IVariableSource variables) => JsonValues.ToJson(root.Evaluate(variables));

    private bool EvaluateConditionCore(IVariableSource variables)
    {
        var value = root.Evaluate(variables);
        return value.Kind == ValueKind.Boolean
            ? value.Boolean
            : throw new ExpressionEvaluationException($"condition '{Source}' gave a {value.Describe()}, not a boolean");
    }

    public override string ToString() => Source;
}
