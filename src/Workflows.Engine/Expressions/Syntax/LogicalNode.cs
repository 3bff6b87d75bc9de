namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>&amp;&amp;</c> / <c>and</c> and <c>||</c> / <c>or</c>, short-circuiting.</summary>
internal sealed class LogicalNode(ExpressionNode left, ExpressionNode right, bool isAnd) : ExpressionNode(left, right)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var operation = isAnd ? "&&" : "||";
        var first = Operands.RequireBoolean(left.Evaluate(variables), operation);
        if (first != isAnd)
            return Value.FromBoolean(first);
        return Value.FromBoolean(Operands.RequireBoolean(right.Evaluate(variables), operation));
    }
}
