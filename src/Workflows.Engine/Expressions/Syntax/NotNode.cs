namespace Workflows.Engine.Expressions.Syntax;

internal sealed class NotNode(ExpressionNode operand) : ExpressionNode(operand)
{
    public override Value Evaluate(IVariableSource variables) =>
        Value.FromBoolean(!Operands.RequireBoolean(operand.Evaluate(variables), "!"));
}
