using NUnit.Framework;

namespace Workflows.Engine.Tests.Expressions;

public class FunctionTests
{
    private const string Variables = """{"groups": ["bureau", "finance"], "title": "network", "budget": {"a": 1, "b": 2}}""";

    [TestCase("size(groups) == 2")]
    [TestCase("size(title) == 7")]
    [TestCase("size(budget) == 2")]
    [TestCase("size(missing) == 0")]
    public void ShouldMeasureSize(string body) =>
        Assert.That(Evaluate.Condition(body, Variables), Is.True);

    [TestCase("contains(groups, 'finance')", true)]
    [TestCase("contains(groups, 'county')", false)]
    [TestCase("contains(title, 'work')", true)]
    [TestCase("contains(missing, 'x')", false)]
    public void ShouldFindItems(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body, Variables), Is.EqualTo(expected));
}
