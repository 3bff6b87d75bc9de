namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed class ConditionalNode(ExpressionNode condition, ExpressionNode whenTrue, ExpressionNode whenFalse) : ExpressionNode(condition, whenTrue, whenFalse)
{
    public override Value Evaluate(IVariableSource variables) =>
        Operands.RequireBoolean(condition.Evaluate(variables), "?:")
            ? whenTrue.Evaluate(variables)
            : whenFalse.Evaluate(variables);
}
