using NUnit.Framework;

namespace Workflows.Engine.Tests.Expressions;

public class OperatorTests
{
    [TestCase("1 == 1", true)]
    [TestCase("1 != 1", false)]
    [TestCase("2 < 3", true)]
    [TestCase("3 <= 3", true)]
    [TestCase("2 > 3", false)]
    [TestCase("3 >= 4", false)]
    [TestCase("'a' == 'a'", true)]
    [TestCase("\"a\" != 'b'", true)]
    [TestCase("'abc' < 'abd'", true)]
    [TestCase("true && false", false)]
    [TestCase("true || false", true)]
    [TestCase("!true", false)]
    public void ShouldApplyCSharpOperators(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body), Is.EqualTo(expected));

    [TestCase("1 eq 1", true)]
    [TestCase("1 ne 1", false)]
    [TestCase("2 lt 3", true)]
    [TestCase("3 le 2", false)]
    [TestCase("3 gt 2", true)]
    [TestCase("2 ge 3", false)]
    [TestCase("true and false", false)]
    [TestCase("false or true", true)]
    [TestCase("not false", true)]
    public void ShouldApplyJuelWordOperators(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body), Is.EqualTo(expected));

    [TestCase("true || false && false", true)]
    [TestCase("(true || false) && false", false)]
    [TestCase("1 + 2 * 3 == 7", true)]
    [TestCase("(1 + 2) * 3 == 9", true)]
    [TestCase("!false == true", true)]
    [TestCase("1 < 2 == 2 < 3", true)]
    public void ShouldFollowPrecedence(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body), Is.EqualTo(expected));

    [TestCase("7 - 2", "5")]
    [TestCase("7 / 2", "3.5")]
    [TestCase("7 % 4", "3")]
    [TestCase("7 div 2", "3.5")]
    [TestCase("7 mod 4", "3")]
    [TestCase("-3 + 1", "-2")]
    public void ShouldComputeArithmetic(string body, string expected) =>
        Assert.That(Evaluate.Json(body), Is.EqualTo(expected));

    [Test]
    public void ShouldCompareDecimalsExactly() =>
        Assert.That(Evaluate.Condition("0.1 + 0.2 == 0.3"), Is.True);

    [Test]
    public void ShouldCompareNumbersWrittenDifferently() =>
        Assert.That(Evaluate.Condition("amount == 5000000", """{"amount": 5.0e6}"""), Is.True);

    [TestCase("{\"approved\": true}", "'yes'")]
    [TestCase("{\"approved\": false}", "'no'")]
    public void ShouldChooseWithTheConditionalOperator(string variables, string expected) =>
        Assert.That(Evaluate.Json("approved ? 'yes' : 'no'", variables), Is.EqualTo(expected.Replace('\'', '"')));

    [Test]
    public void ShouldShortCircuitAndWithoutEvaluatingTheRightSide() =>
        Assert.That(Evaluate.Condition("false && 1 / 0 == 1"), Is.False);

    [Test]
    public void ShouldShortCircuitOrWithoutEvaluatingTheRightSide() =>
        Assert.That(Evaluate.Condition("true || 1 / 0 == 1"), Is.True);

    [Test]
    public void ShouldNotTreatDifferentKindsAsEqual() =>
        Assert.That(Evaluate.Condition("'1' == 1"), Is.False);

    [Test]
    public void ShouldCompareObjectsByContent() =>
        Assert.That(Evaluate.Condition("a == b", """{"a": {"x": [1, 2]}, "b": {"x": [1, 2]}}"""), Is.True);
}
