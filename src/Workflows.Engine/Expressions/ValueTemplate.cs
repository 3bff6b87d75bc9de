using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>An attribute value that is either a literal (<c>bureau</c>) or one expression (<c>${assignee}</c>).</summary>
public sealed class ValueTemplate
{
    private ValueTemplate(string raw, string? literal, CompiledExpression? expression)
    {
        Raw = raw;
        Literal = literal;
        Expression = expression;
    }

    public string Raw { get; }
    public string? Literal { get; }
    public CompiledExpression? Expression { get; }

    public static ValueTemplate FromLiteral(string value) => new(value, value, null);

    public static ValueTemplate FromExpression(string raw, CompiledExpression expression) => new(raw, null, expression);

    /// <summary>The value as a string (null when the expression yields null).</summary>
    public string? EvaluateString(IVariableSource variables)
    {
        if (Expression is null)
            return Literal;
        var value = Expression.Evaluate(variables);
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
