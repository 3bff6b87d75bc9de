using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary><c>camunda:expression</c> service tasks evaluated in the sandbox, and none intermediate throw events.</summary>
public sealed class ExpressionTaskTests
{
    private static string Model(string task) => Bpmn.Process("expression", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "calc")}
        {task}
        {Bpmn.Flow("f2", "calc", "milestone")}
        <intermediateThrowEvent id="milestone" />
        {Bpmn.Flow("f3", "milestone", "wait")}
        <userTask id="wait" />
        {Bpmn.Flow("f4", "wait", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldStoreTheValueInTheResultVariableAndPassTheMilestone()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Model("""<serviceTask id="calc" camunda:expression="${amount * 2}" camunda:resultVariable="doubled" />""")), new { amount = 21 });

        Assert.That(harness.Variable(instance, "doubled").GetInt32(), Is.EqualTo(42));
        Assert.That(harness.Completed(instance), Is.EqualTo(new[] { "start", "calc", "milestone" }));
    }

    [Test]
    public async Task ShouldRaiseAnIncidentWhenTheExpressionFails()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(Model("""<serviceTask id="calc" camunda:expression="${amount > 1 &amp;&amp; name}" />""")), new { amount = 21, name = "x" });

        Assert.That(instance.Incidents.Single().ActivityId, Is.EqualTo("calc"));
        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Running));
    }

    [Test]
    public async Task ShouldStoreTheValueCamundasSetVariableCallNames()
    {
        var harness = new EngineHarness();
        var task = """<serviceTask id="calc" camunda:expression="${execution.setVariable('behaviorInvoked', execution.getVariable('count') + 1)}" />""";

        var instance = await harness.StartAsync(harness.Deploy(Model(task)), new { count = 41 });

        Assert.That(harness.Variable(instance, "behaviorInvoked").GetInt32(), Is.EqualTo(42));
    }

    [Test]
    public async Task ShouldCallTheSafeMethodsOfAStringInAnExpressionTask()
    {
        var harness = new EngineHarness();
        var task = """<serviceTask id="calc" camunda:expression="${invoice.substring(0, 3).toUpperCase()}" camunda:resultVariable="prefix" />""";

        var instance = await harness.StartAsync(harness.Deploy(Model(task)), new { invoice = "inv-2026-07" });

        Assert.That(harness.Variable(instance, "prefix").GetString(), Is.EqualTo("INV"));
    }
}
