using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

public class ValueTemplateParserTests
{
    [Test]
    public void ShouldKeepPlainTextAsALiteral()
    {
        var template = ValueTemplateParser.Parse("bureau");
        Assert.That((template.Literal, template.Expression), Is.EqualTo(("bureau", (CompiledExpression?)null)));
    }

    [Test]
    public void ShouldCompileASingleExpression() =>
        Assert.That(ValueTemplateParser.Parse("${initiator}").EvaluateString(new JsonVariables("""{"initiator": "dept-a"}""")), Is.EqualTo("dept-a"));

    [Test]
    public void ShouldRenderNumbersAsText() =>
        Assert.That(ValueTemplateParser.Parse("${priority + 10}").EvaluateString(new JsonVariables("""{"priority": 40}""")), Is.EqualTo("50"));

    [Test]
    public void ShouldRenderNullAsNull() =>
        Assert.That(ValueTemplateParser.Parse("${missing}").EvaluateString(JsonVariables.None), Is.Null);

    [Test]
    public void ShouldRenderTextMixedWithExpressions() =>
        Assert.That(ValueTemplateParser.Parse("kermit_${loopCounter} of ${'{'}${total}").EvaluateString(new JsonVariables("""{"loopCounter": 2, "total": 3}""")),
            Is.EqualTo("kermit_2 of {3"));

    [Test]
    public void ShouldRejectAnUnclosedExpressionInText() =>
        Assert.That(() => ValueTemplateParser.Parse("group-${name"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Property(nameof(ExpressionSyntaxException.Position)).EqualTo(7));

    [Test]
    public void ShouldReportSyntaxErrorsInsideTheExpression() =>
        Assert.That(() => ValueTemplateParser.Parse("${a &}"), Throws.TypeOf<ExpressionSyntaxException>());
}
