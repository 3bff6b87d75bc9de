namespace Workflows.Engine.Expressions;

/// <summary>Reads an attribute such as <c>camunda:assignee</c>: a literal, one <c>${…}</c> expression, or text
/// mixed with expressions (<c>group-${name}</c>).</summary>
public static class ValueTemplateParser
{
    public static ValueTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var body = ExpressionCompiler.ExtractBody(trimmed);
        if (body is not null && ExpressionEnd(trimmed, 2) == trimmed.Length - 1)
            return ValueTemplate.FromExpression(text, ExpressionCompiler.Compile(body));
        var parts = new List<(string? Text, CompiledExpression? Expression)>();
        var position = 0;
        while (NextExpressionStart(trimmed, position) is var start && start >= 0)
        {
            if (start > position)
                parts.Add((trimmed[position..start], null));
            var end = ExpressionEnd(trimmed, start + 2);
            if (end < 0)
                throw new ExpressionSyntaxException("'${' without its closing '}'", start + 1);
            parts.Add((null, ExpressionCompiler.Compile(trimmed[(start + 2)..end])));
            position = end + 1;
        }
        if (parts.Count == 0)
            return ValueTemplate.FromLiteral(text);
        if (position < trimmed.Length)
            parts.Add((trimmed[position..], null));
        return ValueTemplate.FromSegments(text, parts);
    }

    private static int NextExpressionStart(string text, int from)
    {
        for (var i = from; i < text.Length - 1; i++)
        {
            if (text[i] is '$' or '#' && text[i + 1] == '{')
                return i;
        }
        return -1;
    }

    /// <summary>The index of the <c>}</c> closing the expression whose body starts at <paramref name="from"/>,
    /// skipping braces inside string literals; -1 when it is not closed.</summary>
    private static int ExpressionEnd(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                    i++;
                else if (c == quote)
                    quote = null;
            }
            else if (c is '\'' or '"')
                quote = c;
            else if (c == '}')
                return i;
        }
        return -1;
    }
}
