using System.Xml.Linq;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Parsing;

/// <summary>Compiles the expressions found in attributes and elements, turning syntax errors into problems.</summary>
internal static class ExpressionReader
{
    /// <summary>A <c>${…}</c> expression, or a bare body when <paramref name="allowBareBody"/> (e.g. <c>loopCardinality</c> 3).</summary>
    public static CompiledExpression? Compile(ImportContext context, XElement owner, string what, string text, bool allowBareBody)
    {
        try
        {
            var trimmed = text.Trim();
            return allowBareBody && ExpressionCompiler.ExtractBody(trimmed) is null
                ? ExpressionCompiler.Compile(trimmed)
                : ExpressionCompiler.CompileDelimited(trimmed);
        }
        catch (ExpressionSyntaxException exception)
        {
            context.Report(owner, $"{what}: bad expression: {exception.Message}");
            return null;
        }
    }

    public static ValueTemplate? Template(ImportContext context, XElement owner, string attribute) =>
        Template(context, owner, $"camunda:{attribute}", owner.Camunda(attribute));

    /// <summary>A template whose text comes from elsewhere than a <c>camunda:</c> attribute (BPMN's
    /// <c>potentialOwner</c>, the element's name); problems name <paramref name="what"/>.</summary>
    public static ValueTemplate? Template(ImportContext context, XElement owner, string what, string? text)
    {
        if (text is null)
            return null;
        try
        {
            return ValueTemplateParser.Parse(text);
        }
        catch (ExpressionSyntaxException exception)
        {
            context.Report(owner, $"{what}: bad expression: {exception.Message}");
            return null;
        }
    }
}
