namespace Workflows.Engine.Expressions.Syntax;

internal sealed class NegateNode(ExpressionNode operand) : ExpressionNode(operand)
{
    public override Value Evaluate(IVariableSource variables) =>
        Value.FromNumber(-Operands.RequireNumber(operand.Evaluate(variables), "-"));
}
