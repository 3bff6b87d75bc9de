namespace Workflows.Engine.Expressions.Syntax;

internal sealed class EqualityNode(ExpressionNode left, ExpressionNode right, bool negate) : ExpressionNode(left, right)
{
    public override Value Evaluate(IVariableSource variables) =>
        Value.FromBoolean(Operands.AreEqual(left.Evaluate(variables), right.Evaluate(variables)) != negate);
}
