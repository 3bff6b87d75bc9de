namespace Workflows.Engine.Expressions.Syntax;

internal sealed class LiteralNode(Value value) : ExpressionNode
{
    public override Value Evaluate(IVariableSource variables) => value;
}
