using NUnit.Framework;
using Workflows.Engine.Execution;
using Workflows.Engine.Tests.Execution.Support;

namespace Workflows.Engine.Tests.Execution;

public sealed class ParallelGatewayTests
{
    private static readonly string ThreeBranches = Bpmn.Process("three-branches", $"""
        <startEvent id="start" />
        {Bpmn.Flow("f0", "start", "fork")}
        <parallelGateway id="fork" />
        {Bpmn.Flow("fa", "fork", "a")}
        {Bpmn.Flow("fb", "fork", "b")}
        {Bpmn.Flow("fc", "fork", "c")}
        <userTask id="a" />
        <userTask id="b" />
        <userTask id="c" />
        {Bpmn.Flow("ja", "a", "join")}
        {Bpmn.Flow("jb", "b", "join")}
        {Bpmn.Flow("jc", "c", "join")}
        <parallelGateway id="join" />
        {Bpmn.Flow("f1", "join", "after")}
        <userTask id="after" />
        {Bpmn.Flow("f2", "after", "end")}
        <endEvent id="end" />
        """);

    [Test]
    public async Task ShouldForkIntoEveryOutgoingFlow()
    {
        var harness = new EngineHarness();

        var instance = await harness.StartAsync(harness.Deploy(ThreeBranches));

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public async Task ShouldWaitAtTheJoinUntilAllThreeBranchesArrived()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ThreeBranches));

        await harness.CompleteAsync(instance, "c");
        await harness.CompleteAsync(instance, "a");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "b" }));
        Assert.That(instance.Executions.Count(e => e.State == ExecutionState.Joined), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldContinueOnceWhenTheLastBranchArrives()
    {
        var harness = new EngineHarness();
        var instance = await harness.StartAsync(harness.Deploy(ThreeBranches));

        await harness.CompleteAsync(instance, "c");
        await harness.CompleteAsync(instance, "a");
        await harness.CompleteAsync(instance, "b");

        Assert.That(harness.OpenTaskActivities(instance), Is.EqualTo(new[] { "after" }));
        Assert.That(instance.Executions.Count(e => e.State == ExecutionState.Joined), Is.Zero);
    }
}
