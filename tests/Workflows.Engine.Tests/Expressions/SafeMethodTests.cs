using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>Java's methods on plain values, as Camunda models write them (<c>${x.equals("y")}</c>, <c>${s.length()}</c>),
/// and indexing into lists and maps; nothing else is callable.</summary>
public class SafeMethodTests
{
    private const string Variables = """{"s": " Invoice ", "approver": "Kermit", "list": [1, "two", {"three": 3}], "map": {"a": 1, "b c": "x"}, "n": 42, "ok": true}""";

    [TestCase("approver.equals('Kermit')", true)]
    [TestCase("approver.equals('kermit')", false)]
    [TestCase("approver.equalsIgnoreCase('kermit')", true)]
    [TestCase("approver.startsWith('Ker') && approver.endsWith('it')", true)]
    [TestCase("approver.contains('rm')", true)]
    [TestCase("approver.isEmpty()", false)]
    [TestCase("list.contains('two')", true)]
    [TestCase("list.contains(2)", false)]
    [TestCase("map.containsKey('a') && !map.containsKey('z')", true)]
    [TestCase("n.equals(42) && ok.equals(true)", true)]
    [TestCase("missingList == null || missingList.isEmpty()", true)]
    public void ShouldAnswerConditions(string body, bool expected) =>
        Assert.That(Evaluate.Condition(body, Variables), Is.EqualTo(expected));

    [TestCase("approver.length()", "6")]
    [TestCase("approver.substring(0, 3)", "\"Ker\"")]
    [TestCase("approver.substring(3)", "\"mit\"")]
    [TestCase("approver.toUpperCase()", "\"KERMIT\"")]
    [TestCase("approver.toLowerCase()", "\"kermit\"")]
    [TestCase("s.trim()", "\"Invoice\"")]
    [TestCase("approver.indexOf('m')", "3")]
    [TestCase("n.toString()", "\"42\"")]
    [TestCase("list.size()", "3")]
    [TestCase("list.get(1)", "\"two\"")]
    [TestCase("list.indexOf('two')", "1")]
    [TestCase("map.get('a')", "1")]
    [TestCase("map.size()", "2")]
    [TestCase("list[0]", "1")]
    [TestCase("list[2].three", "3")]
    [TestCase("list[2]['three']", "3")]
    [TestCase("map['b c']", "\"x\"")]
    [TestCase("list[7]", "null")]
    [TestCase("map['none']", "null")]
    [TestCase("missing[0]", "null")]
    [TestCase("approver.substring(1).toUpperCase().length()", "5")]
    public void ShouldComputeValues(string body, string expected) =>
        Assert.That(Evaluate.Json(body, Variables), Is.EqualTo(expected));

    [TestCase("missing.length()", "cannot call 'length' on null")]
    [TestCase("n.length()", "a number has no method 'length'")]
    [TestCase("list.get(3)", "index 3 is out of range for a list of 3")]
    [TestCase("list.get(-1)", "'get' needs a whole, non-negative index, got -1")]
    [TestCase("approver.substring(4, 9)", "substring(4, 9) is out of range for a string of 6")]
    [TestCase("approver.startsWith(1)", "'startsWith' needs a string argument, got number")]
    [TestCase("list['a']", "cannot index an array with a string")]
    [TestCase("list[0.5]", "list index 0.5 is not a whole number")]
    [TestCase("approver[0]", "cannot index a string with a number")]
    public void ShouldFailTheEvaluationWithAClearMessage(string body, string message) =>
        Assert.That(() => Evaluate.Json(body, Variables), Throws.TypeOf<ExpressionEvaluationException>().With.Message.EqualTo(message));
}
