namespace Workflows.Engine.Expressions.Syntax;

/// <summary>A node of the parsed expression tree; evaluation walks the tree, with no reflection.</summary>
internal abstract class ExpressionNode
{
    /// <param name="operands">The nodes this one evaluates; a leaf has none.</param>
    protected ExpressionNode(params ReadOnlySpan<ExpressionNode> operands)
    {
        foreach (var operand in operands)
            Depth = Math.Max(Depth, operand.Depth);
        Depth++;
    }

    /// <summary>The longest path to a leaf: evaluation recurses this deep, so the parser bounds it.</summary>
    public int Depth { get; }

    public abstract Value Evaluate(IVariableSource variables);
}
