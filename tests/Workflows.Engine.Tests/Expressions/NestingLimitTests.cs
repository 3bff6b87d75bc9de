using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>
/// Parsing and evaluation recurse at most 100 levels, whatever the input: one level past the limit is refused, and deeper
/// input is refused at that same point. Inputs that would overflow the stack without the limit run in a child process
/// (<c>ValidateVerbTests</c>), never in this one.
/// </summary>
public class NestingLimitTests
{
    private const int Limit = 100;

    private static readonly Func<int, string>[] Shapes =
    [
        depth => new string('(', depth) + "true" + new string(')', depth),
        depth => new string('!', depth) + "true",
        depth => new string('-', depth) + "1 < 0",
        depth => string.Join(" && ", Enumerable.Repeat("true", depth + 1)),
        depth => "a" + string.Concat(Enumerable.Repeat(".b", depth)) + " == null",
        depth => string.Concat(Enumerable.Repeat("true ? ", depth)) + "true" + string.Concat(Enumerable.Repeat(" : false", depth)),
        depth => string.Concat(Enumerable.Repeat("contains(", depth)) + "a" + string.Concat(Enumerable.Repeat(", 1)", depth)),
    ];

    private static IEnumerable<int> ShapeIndexes => Enumerable.Range(0, Shapes.Length);

    [TestCaseSource(nameof(ShapeIndexes))]
    public void ShouldRefuseAnExpressionNestedOneLevelTooDeep(int shape)
    {
        var exception = Assert.Throws<ExpressionSyntaxException>(() => ExpressionCompiler.Compile(Shapes[shape](Limit)));
        Assert.That(exception.Message, Does.StartWith($"expression nested deeper than {Limit} levels at "));
    }

    [Test]
    public void ShouldEvaluateParenthesesNestedJustWithinTheLimit() =>
        Assert.That(Evaluate.Condition(new string('(', Limit - 1) + "true" + new string(')', Limit - 1)), Is.True);

    [Test]
    public void ShouldEvaluateNotsNestedJustWithinTheLimit() =>
        Assert.That(Evaluate.Condition(new string('!', Limit - 1) + "false"), Is.True);

    [Test]
    public void ShouldRefuseANumberBeyondTheDecimalRange() =>
        Assert.That(() => ExpressionCompiler.Compile("amount > 12345678901234567890123456789012345"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("number out of range at 10"));
}
