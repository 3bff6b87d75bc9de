namespace Workflows.Engine.Expressions;

/// <summary>Reads an attribute such as <c>camunda:assignee</c>: a literal, or exactly one <c>${…}</c> expression.</summary>
public static class ValueTemplateParser
{
    public static ValueTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var body = ExpressionCompiler.ExtractBody(trimmed);
        if (body is not null)
            return ValueTemplate.FromExpression(text, ExpressionCompiler.Compile(body));
        var embedded = Math.Max(trimmed.IndexOf("${", StringComparison.Ordinal), trimmed.IndexOf("#{", StringComparison.Ordinal));
        if (embedded >= 0)
            throw new ExpressionSyntaxException("text mixed with ${...} is not supported: use a literal or one expression", embedded + 1);
        return ValueTemplate.FromLiteral(text);
    }
}
