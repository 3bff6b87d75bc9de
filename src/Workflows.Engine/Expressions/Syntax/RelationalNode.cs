namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>&lt; &lt;= &gt; &gt;=</c> on two numbers or two strings (ordinal). Null on either side is false.</summary>
internal sealed class RelationalNode(ExpressionNode left, ExpressionNode right, TokenKind operation, string symbol) : ExpressionNode(left, right)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var first = left.Evaluate(variables);
        var second = right.Evaluate(variables);
        if (first.Kind == ValueKind.Null || second.Kind == ValueKind.Null)
            return Value.False;
        int order;
        if (first.Kind == ValueKind.Number && second.Kind == ValueKind.Number)
            order = first.Number.CompareTo(second.Number);
        else if (first.Kind == ValueKind.String && second.Kind == ValueKind.String)
            order = string.CompareOrdinal(first.Text, second.Text);
        else
            throw new ExpressionEvaluationException($"'{symbol}' cannot compare a {first.Describe()} with a {second.Describe()}");
        return Value.FromBoolean(operation switch
        {
            TokenKind.Less => order < 0,
            TokenKind.LessOrEqual => order <= 0,
            TokenKind.Greater => order > 0,
            _ => order >= 0,
        });
    }
}
