using Workflows.Engine.Expressions.Syntax;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Compiles the sandboxed expression language: the common subset of C# and JUEL
/// (literals, variables, <c>.</c> into JSON objects, comparison, logic, arithmetic, <c>?:</c>,
/// <c>empty</c>, and the functions <c>size(x)</c> and <c>contains(x, item)</c>).
/// An unset variable is null; comparing null with <c>&lt;</c> etc. is false; logical operators need booleans.
/// Syntax errors throw <see cref="ExpressionSyntaxException"/> whose position is a 1-based column.
/// </summary>
public static class ExpressionCompiler
{
    /// <summary>Compiles an expression body (the text between <c>${</c> and <c>}</c>).</summary>
    public static CompiledExpression Compile(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new CompiledExpression(body, Parser.Parse(body));
    }

    /// <summary>Compiles <c>${body}</c> (or JUEL's deferred <c>#{body}</c>) text; anything else is a syntax error.</summary>
    public static CompiledExpression CompileDelimited(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Compile(ExtractBody(text.Trim()) ?? throw new ExpressionSyntaxException("expected a ${...} expression", 1));
    }

    /// <summary>The body of a text that is exactly one <c>${…}</c> or <c>#{…}</c>, otherwise null.</summary>
    internal static string? ExtractBody(string text) =>
        text.Length >= 3 && text[0] is '$' or '#' && text[1] == '{' && text[^1] == '}'
            ? text[2..^1]
            : null;
}
