namespace Workflows.Engine.Expressions.Syntax;

internal sealed class LiteralNode(Value value) : ExpressionNode
{
    public Value Value => value;

    public override Value Evaluate(IVariableSource variables) => value;
}
