namespace Workflows.Engine.Expressions;

/// <summary>An expression that cannot be parsed (reported at validation) or evaluated (an incident at run time).</summary>
public class ExpressionException(string message) : Exception(message);

public sealed class ExpressionSyntaxException(string message, int position) : ExpressionException(message)
{
    public int Position { get; } = position;
}

public sealed class ExpressionEvaluationException(string message) : ExpressionException(message);
