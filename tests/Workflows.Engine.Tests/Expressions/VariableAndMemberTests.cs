using NUnit.Framework;

namespace Workflows.Engine.Tests.Expressions;

public class VariableAndMemberTests
{
    [Test]
    public void ShouldReadABooleanVariable() =>
        Assert.That(Evaluate.Condition("approved == false", """{"approved": false}"""), Is.True);

    [Test]
    public void ShouldReadNestedMembersOfJsonObjects() =>
        Assert.That(Evaluate.Condition("budget.total > 5000000 && major", """{"budget": {"total": 6000000}, "major": true}"""), Is.True);

    [Test]
    public void ShouldReturnObjectsAsJson() =>
        Assert.That(Evaluate.Json("project.owner", """{"project": {"owner": {"name": "dept-a"}}}"""), Is.EqualTo("""{"name": "dept-a"}"""));

    [Test]
    public void ShouldTreatAnUnsetVariableAsNull() =>
        Assert.That(Evaluate.Condition("missing == null"), Is.True);

    [Test]
    public void ShouldTreatAMissingMemberAsNull() =>
        Assert.That(Evaluate.Condition("budget.nothing == null", """{"budget": {}}"""), Is.True);

    [Test]
    public void ShouldTreatAMemberOfNullAsNull() =>
        Assert.That(Evaluate.Condition("missing.total == null"), Is.True);

    [TestCase("missing < 5")]
    [TestCase("missing > 5")]
    [TestCase("missing <= 5")]
    [TestCase("5 >= missing")]
    public void ShouldNotOrderNullAgainstANumber(string body) =>
        Assert.That(Evaluate.Condition(body), Is.False);

    [TestCase("empty missing", true)]
    [TestCase("empty name", true)]
    [TestCase("empty items", true)]
    [TestCase("empty owner", false)]
    [TestCase("not empty owner", true)]
    public void ShouldTestEmptinessLikeJuel(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body, """{"name": "", "items": [], "owner": {"id": 1}}"""), Is.EqualTo(expected));

    [Test]
    public void ShouldAllowKeywordsAsMemberNames() =>
        Assert.That(Evaluate.Condition("flags.empty", """{"flags": {"empty": true}}"""), Is.True);

    [Test]
    public void ShouldEvaluateToJsonNullForAnUnsetVariable() =>
        Assert.That(Evaluate.Json("missing"), Is.EqualTo("null"));
}
