using System.Text;
using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>An attribute value that is a literal (<c>bureau</c>), one expression (<c>${assignee}</c>) or text
/// mixed with expressions (<c>kermit_${loopCounter}</c>), rendered by concatenation.</summary>
public sealed class ValueTemplate
{
    private readonly IReadOnlyList<Segment> segments;

    private ValueTemplate(string raw, string? literal, CompiledExpression? expression, IReadOnlyList<Segment> segments)
    {
        Raw = raw;
        Literal = literal;
        Expression = expression;
        this.segments = segments;
    }

    public string Raw { get; }
    public string? Literal { get; }
    public CompiledExpression? Expression { get; }

    public static ValueTemplate FromLiteral(string value) => new(value, value, null, []);

    public static ValueTemplate FromExpression(string raw, CompiledExpression expression) => new(raw, null, expression, []);

    internal static ValueTemplate FromSegments(string raw, IReadOnlyList<(string? Text, CompiledExpression? Expression)> parts) =>
        new(raw, null, null, [.. parts.Select(part => new Segment(part.Text, part.Expression))]);

    /// <summary>The value as a string (null when a single expression yields null; in mixed text null renders empty).</summary>
    public string? EvaluateString(IVariableSource variables)
    {
        if (Expression is not null)
            return Render(Expression.Evaluate(variables));
        if (segments.Count == 0)
            return Literal;
        var text = new StringBuilder();
        foreach (var segment in segments)
            text.Append(segment.Expression is null ? segment.Text : Render(segment.Expression.Evaluate(variables)));
        return text.ToString();
    }

    private static string? Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private sealed record Segment(string? Text, CompiledExpression? Expression);
}
