using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

public class SyntaxErrorTests
{
    [TestCase("a & b", "unexpected token '&' at 3", 3)]
    [TestCase("a ==", "unexpected end of expression at 5", 5)]
    [TestCase("(a == 1", "unexpected end of expression at 8", 8)]
    [TestCase("a == 1)", "unexpected token ')' at 7", 7)]
    [TestCase("'open", "unterminated string starting at 1", 1)]
    [TestCase("12abc", "malformed number at 1", 1)]
    [TestCase("a = 1", "unexpected token '=' at 3", 3)]
    [TestCase("", "empty expression", 1)]
    [TestCase("a.", "unexpected end of expression at 3", 3)]
    public void ShouldReportTheProblemAndItsPosition(string body, string message, int position)
    {
        var exception = Assert.Throws<ExpressionSyntaxException>(() => ExpressionCompiler.Compile(body));
        Assert.That((exception.Message, exception.Position), Is.EqualTo((message, position)));
    }

    [Test]
    public void ShouldRequireDelimitersWhenCompilingAttributeText() =>
        Assert.That(() => ExpressionCompiler.CompileDelimited("approved == true"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("expected a ${...} expression"));

    [TestCase("${approved == false}")]
    [TestCase("#{approved == false}")]
    [TestCase("  ${approved == false}\n")]
    public void ShouldCompileDelimitedText(string text) =>
        Assert.That(ExpressionCompiler.CompileDelimited(text).Source, Is.EqualTo("approved == false"));
}
