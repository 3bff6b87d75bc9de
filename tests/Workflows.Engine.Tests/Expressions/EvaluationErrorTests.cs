using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

public class EvaluationErrorTests
{
    [TestCase("1 && true", "'&&' needs a boolean, got number")]
    [TestCase("!'yes'", "'!' needs a boolean, got string")]
    [TestCase("'a' + 1", "'+' needs a number, got string")]
    [TestCase("'a' < 1", "'<' cannot compare a string with a number")]
    [TestCase("1 / 0", "division by zero")]
    [TestCase("size(5)", "size() needs a string, array or object, got number")]
    public void ShouldRejectOperandsOfTheWrongType(string body, string message) =>
        Assert.That(() => Evaluate.Json(body), Throws.TypeOf<ExpressionEvaluationException>().With.Message.EqualTo(message));

    [Test]
    public void ShouldRejectMemberAccessOnAString() =>
        Assert.That(() => Evaluate.Json("name.length", """{"name": "x"}"""),
            Throws.TypeOf<ExpressionEvaluationException>().With.Message.EqualTo("cannot read property 'length' of a string"));

    [Test]
    public void ShouldRejectAConditionThatIsNotBoolean() =>
        Assert.That(() => Evaluate.Condition("amount", """{"amount": 3}"""),
            Throws.TypeOf<ExpressionEvaluationException>().With.Message.EqualTo("condition 'amount' gave a number, not a boolean"));

    [Test]
    public void ShouldRejectAConditionOverAnUnsetVariable() =>
        Assert.That(() => Evaluate.Condition("approved"), Throws.TypeOf<ExpressionEvaluationException>().With.Message.Contains("null"));

    [Test]
    public void ShouldRejectLogicOverAnUnsetVariable() =>
        Assert.That(() => Evaluate.Condition("approved && true"), Throws.TypeOf<ExpressionEvaluationException>());
}
