namespace Workflows.Engine.Expressions.Syntax;

/// <summary><c>+ - * / %</c> on numbers only (no string concatenation: JUEL and C# disagree on it).</summary>
internal sealed class ArithmeticNode(ExpressionNode left, ExpressionNode right, TokenKind operation, string symbol) : ExpressionNode(left, right)
{
    public override Value Evaluate(IVariableSource variables)
    {
        var first = Operands.RequireNumber(left.Evaluate(variables), symbol);
        var second = Operands.RequireNumber(right.Evaluate(variables), symbol);
        if (second == 0 && operation is TokenKind.Slash or TokenKind.Percent)
            throw new ExpressionEvaluationException("division by zero");
        try
        {
            return Value.FromNumber(operation switch
            {
                TokenKind.Plus => first + second,
                TokenKind.Minus => first - second,
                TokenKind.Star => first * second,
                TokenKind.Slash => first / second,
                _ => first % second,
            });
        }
        catch (OverflowException)
        {
            throw new ExpressionEvaluationException($"'{symbol}' overflowed");
        }
    }
}
