using NUnit.Framework;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>Expressions reach process variables and nothing else: no types, no methods, no unknown functions.</summary>
public class SandboxTests
{
    [Test]
    public void ShouldReadTypeNamesAsUnsetVariables() =>
        Assert.That(Evaluate.Json("System.IO.File"), Is.EqualTo("null"));

    [Test]
    public void ShouldRejectMethodCalls() =>
        Assert.That(() => ExpressionCompiler.Compile("System.IO.File.ReadAllText('/etc/passwd')"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.StartsWith("method calls are not allowed"));

    [Test]
    public void ShouldRejectMethodCallsOnVariables() =>
        Assert.That(() => ExpressionCompiler.Compile("name.ToUpper()"), Throws.TypeOf<ExpressionSyntaxException>());

    [TestCase("bean.getClass()")]
    [TestCase("execution.getProcessEngineServices()")]
    [TestCase("s.getBytes()")]
    [TestCase("x.equals(y).hashCode()")]
    public void ShouldRejectMethodsOutsideTheSafeOnes(string body) =>
        Assert.That(() => ExpressionCompiler.Compile(body),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.StartsWith("method calls are not allowed"));

    [TestCase("execution.getVariable(name)")]
    [TestCase("execution.getVariable('a', 'b')")]
    public void ShouldReadOnlyAQuotedNameWithExecutionGetVariable(string body) =>
        Assert.That(() => ExpressionCompiler.Compile(body),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("execution.getVariable needs one quoted variable name at 11"));

    [Test]
    public void ShouldRejectASafeMethodWithTheWrongArity() =>
        Assert.That(() => ExpressionCompiler.Compile("s.length(1)"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("wrong number of arguments for 'length' at 3"));

    [Test]
    public void ShouldRejectUnknownFunctions() =>
        Assert.That(() => ExpressionCompiler.Compile("exec('rm -rf /')"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("unknown function 'exec' at 1"));

    [Test]
    public void ShouldRejectWhitelistedFunctionsWithTheWrongArity() =>
        Assert.That(() => ExpressionCompiler.Compile("size(a, b)"),
            Throws.TypeOf<ExpressionSyntaxException>().With.Message.EqualTo("wrong number of arguments for 'size' at 1"));

    [TestCase("typeof(x)")]
    [TestCase("new Object()")]
    [TestCase("x = 1")]
    public void ShouldRejectConstructsOutsideTheLanguage(string body) =>
        Assert.That(() => ExpressionCompiler.Compile(body), Throws.TypeOf<ExpressionSyntaxException>());
}
