namespace Workflows.Engine.Expressions.Syntax;

/// <summary>A node of the parsed expression tree; evaluation walks the tree, with no reflection.</summary>
internal abstract class ExpressionNode
{
    public abstract Value Evaluate(IVariableSource variables);
}
