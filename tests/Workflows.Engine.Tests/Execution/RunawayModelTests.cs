using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

/// <summary>Models that never come to rest, and requests with too many or too large variables, stop at the engine's limits.</summary>
public sealed class RunawayModelTests
{
    private static readonly string CallsItself = Bpmn.Process("recursive", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "again")}
        <callActivity id="again" calledElement="recursive" />
        {Bpmn.Flow("f2", "again", "end")}
        <endEvent id="end" />
        """);

    private static readonly string GatewayLoop = Bpmn.Process("loop", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "check")}
        <exclusiveGateway id="check" default="toRecheck" />
        {Bpmn.Flow("toEnd", "check", "end", "${done == true}")}
        {Bpmn.Flow("toRecheck", "check", "recheck")}
        <exclusiveGateway id="recheck" default="back" />
        {Bpmn.Flow("back", "recheck", "check")}
        <endEvent id="end" />
        """);

    private static readonly string OneTask = Bpmn.Process("one", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f1", "start", "fill")}
        <userTask id="fill" />
        {Bpmn.Flow("f2", "fill", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public void ShouldStopACallActivityCallingItsOwnProcessAtTheDepthLimitNamingIt()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(CallsItself);

        var refused = Assert.ThrowsAsync<RunawayCommandException>(async () => await harness.StartAsync(definition));

        Assert.That(refused!.ActivityId, Is.EqualTo("again"));
        Assert.That(refused.Message, Does.Contain("deeper than 16 levels"));
    }

    [Test]
    public void ShouldNestCalledProcessesToTheConfiguredDepthBeforeRefusing()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxCallDepth = 3 } };
        var definition = harness.Deploy(CallsItself);

        Assert.ThrowsAsync<RunawayCommandException>(async () => await harness.StartAsync(definition));

        Assert.That(harness.Session.Instances, Has.Count.EqualTo(3));
    }

    [Test]
    public void ShouldStopALoopOfTwoExclusiveGatewaysAtTheStepBudgetNamingAGateway()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxStepsPerCommand = 1000 } };
        var definition = harness.Deploy(GatewayLoop);

        var refused = Assert.ThrowsAsync<RunawayCommandException>(async () => await harness.StartAsync(definition, new { done = false }));

        Assert.That(refused!.ActivityId, Is.AnyOf("check", "recheck"));
        Assert.That(refused.Message, Does.Contain("more than 1000 steps"));
    }

    [Test]
    public void ShouldStopAGatewayLoopAtTheDefaultStepBudget()
    {
        var harness = new EngineHarness();
        var definition = harness.Deploy(GatewayLoop);

        Assert.ThrowsAsync<RunawayCommandException>(async () => await harness.StartAsync(definition, new { done = false }));
    }

    [Test]
    public async Task ShouldLeaveTheGatewayLoopWhenItsConditionHolds()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxStepsPerCommand = 1000 } };

        var instance = await harness.StartAsync(harness.Deploy(GatewayLoop), new { done = true });

        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
    }

    [Test]
    public void ShouldRefuseMoreVariablesThanTheLimitInOneRequest()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxVariablesPerCommand = 3 } };
        var definition = harness.Deploy(OneTask);

        Assert.ThrowsAsync<VariableLimitException>(async () => await harness.StartAsync(definition, new { a = 1, b = 2, c = 3, d = 4 }));
    }

    [Test]
    public void ShouldRefuseAVariableLargerThanTheLimit()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxVariableBytes = 100 } };
        var definition = harness.Deploy(OneTask);

        var refused = Assert.ThrowsAsync<VariableLimitException>(async () => await harness.StartAsync(definition, new { note = new string('x', 100) }));

        Assert.That(refused!.Message, Does.Contain("'note'"));
    }

    [Test]
    public async Task ShouldRefuseACompletionThatWouldTakeTheInstanceOverItsVariableCount()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxVariablesPerInstance = 3 } };
        var instance = await harness.StartAsync(harness.Deploy(OneTask), new { a = 1, b = 2 });

        Assert.ThrowsAsync<VariableLimitException>(async () => await harness.CompleteAsync(instance, "fill", new { c = 3, d = 4 }));
    }

    [Test]
    public async Task ShouldRefuseACompletionThatWouldTakeTheInstanceOverItsVariableSize()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxInstanceVariableBytes = 250 } };
        var instance = await harness.StartAsync(harness.Deploy(OneTask), new { first = new string('x', 200) });

        Assert.ThrowsAsync<VariableLimitException>(async () => await harness.CompleteAsync(instance, "fill", new { second = new string('y', 100) }));
    }

    [Test]
    public async Task ShouldAcceptVariablesWithinTheLimits()
    {
        var harness = new EngineHarness { Limits = new EngineLimits { MaxVariablesPerCommand = 2, MaxVariableBytes = 10, MaxVariablesPerInstance = 4 } };
        var instance = await harness.StartAsync(harness.Deploy(OneTask), new { a = 1, b = "12345678" });

        await harness.CompleteAsync(instance, "fill", new { c = 3, d = 4 });

        Assert.That(instance.Status, Is.EqualTo(InstanceStatus.Completed));
    }
}
